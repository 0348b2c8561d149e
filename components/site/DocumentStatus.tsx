import { STATUS_LABELS, type DocumentStatus } from "@/lib/documents/status";
import styles from "./Documents.module.css";

/** A document's status as a label whose colour repeats what its text says. */
export function DocumentStatusLabel({ status, label }: { status: DocumentStatus; label?: string }) {
  return (
    <span className={`${styles.status} ${styles[status]}`} data-testid="document-status">
      {label ?? STATUS_LABELS[status]}
    </span>
  );
}
