"use client";

import { useState } from "react";
import { bodyText, type ArticleBody } from "@/lib/articles/body";
import { formatDateTime } from "@/lib/text/date";
import type { EditorArticle, EditorAutosave } from "./ArticleEditor";
import { DiffBlock } from "./ConflictPanel";
import { FieldChanges, formFields, type FieldOptions } from "./form-fields";
import styles from "./Editor.module.css";

type Props = {
  /** The autosave put in the form (see ArticleEditor `restored`). */
  restored: EditorAutosave | null;
  /** The autosave only offered: someone saved a newer version since it was typed. */
  offered: EditorAutosave | null;
  article: EditorArticle | null;
  options: FieldOptions;
  editable: boolean;
  onDiscard: (what: "restored" | "offered") => void;
  onRestore: (autosave: EditorAutosave) => void;
};

/** The person's autosave not yet saved: restored into the form, or offered beside the newer version. */
export function AutosaveNotice({ restored, offered, article, options, editable, onDiscard, onRestore }: Props) {
  return (
    <>
      {restored ? <RestoredNotice restored={restored} editable={editable} onDiscard={() => onDiscard("restored")} /> : null}
      {offered?.newerVersion ? (
        <OfferedNotice
          offered={offered}
          newer={offered.newerVersion}
          article={article}
          options={options}
          editable={editable}
          onDiscard={() => onDiscard("offered")}
          onRestore={() => onRestore(offered)}
        />
      ) : null}
    </>
  );
}

function RestoredNotice({ restored, editable, onDiscard }: { restored: EditorAutosave; editable: boolean; onDiscard: () => void }) {
  return (
    <div className={styles.reviewNote} role="status" data-testid="restored-autosave">
      <p>
        Đã khôi phục bản tự động lưu lúc {formatDateTime(new Date(restored.savedAt))}: nội dung dưới đây chưa được lưu chính thức, hãy bấm “Lưu”.
        {restored.newerVersion
          ? ` Bản này được viết trên phiên bản ${restored.basedOnVersion}, trước phiên bản ${restored.newerVersion.version} của ${restored.newerVersion.savedBy}: khi lưu, bạn sẽ xem khác biệt và chọn giữ bản nào.`
          : null}
      </p>
      <button type="button" className="button" disabled={!editable} onClick={onDiscard}>
        Bỏ bản tự động lưu
      </button>
    </div>
  );
}

type OfferedProps = {
  offered: EditorAutosave;
  newer: NonNullable<EditorAutosave["newerVersion"]>;
  article: EditorArticle | null;
  options: FieldOptions;
  editable: boolean;
  onDiscard: () => void;
  onRestore: () => void;
};

function OfferedNotice({ offered, newer, article, options, editable, onDiscard, onRestore }: OfferedProps) {
  const [showOffered, setShowOffered] = useState(false);
  return (
    <section className={styles.reviewNote} aria-labelledby="offered-autosave-title" data-testid="offered-autosave">
      <p id="offered-autosave-title">
        <strong>Bạn có bản tự động lưu chưa được lưu chính thức</strong> (lúc {formatDateTime(new Date(offered.savedAt))}, viết trên phiên bản{" "}
        {offered.basedOnVersion}). Sau đó {newer.savedBy} đã lưu phiên bản {newer.version} lúc {formatDateTime(new Date(newer.savedAt))}: nội dung dưới đây là
        phiên bản đó.
      </p>
      <div className={styles.actions}>
        <button type="button" className="button" aria-expanded={showOffered} onClick={() => setShowOffered((v) => !v)}>
          Xem bản tự động lưu
        </button>
        <button type="button" className="button primary" disabled={!editable} onClick={onRestore}>
          Khôi phục bản tự động lưu
        </button>
        <button type="button" className="button" disabled={!editable} onClick={onDiscard}>
          Bỏ bản tự động lưu
        </button>
      </div>
      {showOffered ? (
        <div className={styles.diff} data-testid="offered-autosave-diff">
          <p>
            <del>Chữ gạch</del> chỉ có trong phiên bản {newer.version}; <ins>chữ tô</ins> chỉ có trong bản tự động lưu của bạn.
          </p>
          <DiffBlock label="Tiêu đề" from={article?.title ?? ""} to={offered.title} />
          <DiffBlock label="Sapo" from={article?.sapo ?? ""} to={offered.sapo} />
          <DiffBlock label="Nội dung" from={article ? bodyText(article.body as ArticleBody) : ""} to={bodyText(offered.body as ArticleBody)} />
          {article ? <FieldChanges from={formFields(article)} to={formFields(offered)} options={options} /> : null}
        </div>
      ) : null}
    </section>
  );
}
