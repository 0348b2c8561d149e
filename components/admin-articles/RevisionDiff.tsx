import type { DiffPart, TextDiff } from "@/lib/articles/revisions";
import { formatDateTime } from "@/lib/text/date";
import styles from "./AdminArticles.module.css";

export function RevisionDiff({ from, to, diff }: { from: Date; to: Date; diff: TextDiff }) {
  return (
    <section aria-labelledby="diff-title" className={styles.diff} data-testid="revision-diff">
      <h2 id="diff-title">
        Khác biệt: {formatDateTime(from)} → {formatDateTime(to)}
      </h2>
      <p>
        <del>Chữ gạch</del> đã bị bỏ; <ins>chữ tô</ins> được thêm vào.
      </p>
      <Block label="Tiêu đề" parts={diff.title} />
      <Block label="Sapo" parts={diff.sapo} />
      <Block label="Nội dung" parts={diff.body} />
    </section>
  );
}

function Block({ label, parts }: { label: string; parts: DiffPart[] }) {
  return (
    <>
      <h3>{label}</h3>
      <p className={styles.diffText}>{parts.map((p, i) => (p.added ? <ins key={i}>{p.value}</ins> : p.removed ? <del key={i}>{p.value}</del> : <span key={i}>{p.value}</span>))}</p>
    </>
  );
}
