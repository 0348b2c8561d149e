import type { ActionState } from "@/lib/actions";
import { describeFile } from "@/lib/files/sniff";
import { ActionForm } from "./ActionForm";
import styles from "./Admin.module.css";
import { DocumentUpload } from "./DocumentUpload";

type File = { id: number; fileName: string; mime: string; size: number; note?: string };

/**
 * The files attached to an item (a draft for comments, a document): each with its public link once the
 * item is shown, its type and size, and a remove button; then the upload of another.
 */
export function AttachedFiles({
  title,
  owner,
  files,
  hrefFor,
  remove,
  uploadEndpoint,
  testId,
}: {
  title: string;
  /** How the removal's confirmation names the item: "dự thảo", "văn bản". */
  owner: string;
  files: File[];
  /** The file's public address, or null while the item is not shown. */
  hrefFor: (fileId: number) => string | null;
  remove: (previous: ActionState<unknown>, formData: FormData) => Promise<ActionState<unknown>>;
  uploadEndpoint: string;
  testId: string;
}) {
  return (
    <div className={styles.section} id="tep">
      <h2>{title}</h2>
      {files.length ? (
        <ul className={styles.stack} data-testid={testId}>
          {files.map((file) => {
            const href = hrefFor(file.id);
            return (
              <li key={file.id}>
                {href ? <a href={href}>{file.fileName}</a> : file.fileName}{" "}
                <span className={styles.muted}>
                  ({describeFile(file)}
                  {file.note ? `, ${file.note}` : ""})
                </span>
                <ActionForm action={remove} submitLabel="Xoá tệp" confirm={`Xoá tệp “${file.fileName}” khỏi ${owner}?`} className={styles.inline}>
                  <input type="hidden" name="fileId" value={file.id} />
                </ActionForm>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className={styles.muted}>Chưa có tệp nào.</p>
      )}
      <DocumentUpload endpoint={uploadEndpoint} label="Thêm tệp" />
    </div>
  );
}
