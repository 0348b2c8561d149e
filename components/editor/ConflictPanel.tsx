"use client";

import { diffWords } from "diff";
import { useState } from "react";
import type { EditorFormFields } from "@/lib/articles/editor-form";
import { FieldChanges, formFields, type FieldOptions, type Fields } from "./form-fields";
import styles from "./Editor.module.css";

/** What is saved now (lib/articles/editing.ts `conflict`). */
export type ConflictDetails = { version: number; title: string; sapo: string; bodyText: string; fields: EditorFormFields; updatedAt: string };
type Mine = { fields: Fields; bodyText: string };

/**
 * A refused save: says who saved first and offers to reload their version or see the difference;
 * the user may also keep theirs on purpose (a new version over the other, which stays in the revisions).
 */
export function ConflictPanel({
  message,
  details,
  mine,
  options,
  onReload,
  onOverwrite,
}: {
  message: string;
  details: ConflictDetails;
  mine: Mine;
  options: FieldOptions;
  onReload: () => void;
  onOverwrite: () => void;
}) {
  const [showDiff, setShowDiff] = useState(false);
  return (
    <section className={styles.conflict} role="alert" aria-labelledby="conflict-title">
      <h2 id="conflict-title">Xung đột phiên bản</h2>
      <p>{message}</p>
      <div className={styles.actions}>
        <button type="button" className="button" onClick={() => setShowDiff((v) => !v)} aria-expanded={showDiff}>
          Xem khác biệt
        </button>
        <button type="button" className="button" onClick={onReload}>
          Tải lại bản mới nhất
        </button>
        <button type="button" className="button primary" onClick={onOverwrite}>
          Vẫn lưu bản của tôi
        </button>
      </div>
      {showDiff ? (
        <div className={styles.diff} data-testid="conflict-diff">
          <p>
            <del>Chữ gạch</del> chỉ có trong bản đã lưu (phiên bản {details.version}); <ins>chữ tô</ins> chỉ có trong bản của bạn.
          </p>
          <DiffBlock label="Tiêu đề" from={details.title} to={mine.fields.title} />
          <DiffBlock label="Sapo" from={details.sapo} to={mine.fields.sapo} />
          <DiffBlock label="Nội dung" from={details.bodyText} to={mine.bodyText} />
          <FieldChanges from={formFields({ ...details.fields, title: details.title, sapo: details.sapo })} to={mine.fields} options={options} />
        </div>
      ) : null}
    </section>
  );
}

export function DiffBlock({ label, from, to }: { label: string; from: string; to: string }) {
  const parts = diffWords(from, to);
  return (
    <div>
      <h3>{label}</h3>
      <p className={styles.diffText}>
        {parts.map((part, i) =>
          part.added ? <ins key={i}>{part.value}</ins> : part.removed ? <del key={i}>{part.value}</del> : <span key={i}>{part.value}</span>,
        )}
      </p>
    </div>
  );
}
