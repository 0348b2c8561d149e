"use client";

import { useState } from "react";
import { FieldError } from "./ActionForm";
import styles from "./Admin.module.css";

export type PositionRow = { title: string; organisation: string; startDate: string; endDate: string; order: string };

/** The positions of an official, edited as rows (added and removed here, saved with the whole form). */
export function PositionRows({ initial }: { initial: PositionRow[] }) {
  const [rows, setRows] = useState(() => initial.map((row, key) => ({ key, row })));
  const [nextKey, setNextKey] = useState(initial.length);
  const add = () => {
    setRows([...rows, { key: nextKey, row: { title: "", organisation: "", startDate: "", endDate: "", order: String(rows.length) } }]);
    setNextKey(nextKey + 1);
  };
  return (
    <fieldset className={styles.row}>
      <legend>Chức vụ</legend>
      {rows.length === 0 ? <p className={styles.muted}>Chưa có chức vụ nào.</p> : null}
      {rows.map(({ key, row }, index) => (
        <div key={key} className={styles.row} data-testid="position-row" role="group" aria-label={`Chức vụ ${index + 1}`}>
          <div className={styles.grid}>
            <Cell index={index} field="title" label="Chức vụ" defaultValue={row.title} />
            <Cell index={index} field="organisation" label="Cơ quan" defaultValue={row.organisation} />
            <Cell index={index} field="startDate" label="Từ ngày" type="date" defaultValue={row.startDate} />
            <Cell index={index} field="endDate" label="Đến ngày" type="date" defaultValue={row.endDate} hint="Để trống nếu đang giữ" />
            <Cell index={index} field="order" label="Thứ tự" type="number" defaultValue={row.order} />
          </div>
          <div>
            <button type="button" className="button" onClick={() => setRows(rows.filter((r) => r.key !== key))}>
              Xoá chức vụ {index + 1}
            </button>
          </div>
        </div>
      ))}
      <div>
        <button type="button" className="button" onClick={add}>
          Thêm chức vụ
        </button>
      </div>
    </fieldset>
  );
}

function Cell({
  index,
  field,
  label,
  type = "text",
  defaultValue,
  hint,
}: {
  index: number;
  field: string;
  label: string;
  type?: string;
  defaultValue: string;
  hint?: string;
}) {
  const name = `positions[${index}][${field}]`;
  const id = `position-${index}-${field}`;
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} type={type} defaultValue={defaultValue} aria-describedby={hint ? `${id}-hint ${id}-error` : `${id}-error`} />
      {hint ? (
        <span className={styles.hint} id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      <FieldError id={`${id}-error`} name={`positions.${index}.${field}`} />
    </div>
  );
}
