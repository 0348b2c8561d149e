import { FieldChanges, formFields, type FieldOptions } from "@/components/editor/form-fields";
import type { EditorFormFields } from "@/lib/articles/editor-form";
import type { DiffPart, TextDiff } from "@/lib/articles/revisions";
import { formatDateTime } from "@/lib/text/date";
import styles from "./AdminArticles.module.css";

type Props = {
  from: { createdAt: Date; title: string; sapo: string };
  to: { createdAt: Date; title: string; sapo: string };
  diff: TextDiff;
  /** The other form fields of both revisions; null when one predates them. */
  fields: { from: EditorFormFields; to: EditorFormFields } | null;
  options: FieldOptions;
};

export function RevisionDiff({ from, to, diff, fields, options }: Props) {
  return (
    <section aria-labelledby="diff-title" className={styles.diff} data-testid="revision-diff">
      <h2 id="diff-title">
        Khác biệt: {formatDateTime(from.createdAt)} → {formatDateTime(to.createdAt)}
      </h2>
      <p>
        <del>Chữ gạch</del> đã bị bỏ; <ins>chữ tô</ins> được thêm vào.
      </p>
      <Block label="Tiêu đề" parts={diff.title} />
      <Block label="Sapo" parts={diff.sapo} />
      <Block label="Nội dung" parts={diff.body} />
      {fields ? (
        <FieldChanges
          from={formFields({ ...fields.from, title: from.title, sapo: from.sapo })}
          to={formFields({ ...fields.to, title: to.title, sapo: to.sapo })}
          options={options}
        />
      ) : null}
    </section>
  );
}

function Block({ label, parts }: { label: string; parts: DiffPart[] }) {
  return (
    <>
      <h3>{label}</h3>
      <p className={styles.diffText}>
        {parts.map((p, i) => (p.added ? <ins key={i}>{p.value}</ins> : p.removed ? <del key={i}>{p.value}</del> : <span key={i}>{p.value}</span>))}
      </p>
    </>
  );
}
