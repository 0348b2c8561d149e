"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import styles from "./Admin.module.css";

/**
 * Attaches a document (PDF, Word, Excel, ODT) by posting it to `endpoint`; the server checks it by its
 * bytes and size (lib/files) and answers the reason when it refuses. The page reloads its data after.
 */
export function DocumentUpload({ endpoint, label }: { endpoint: string; label: string }) {
  const router = useRouter();
  const id = useId();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function upload(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setPending(true);
    setMessage(null);
    try {
      const response = await fetch(endpoint, { method: "POST", body: new FormData(form) });
      const body = (await response.json().catch(() => ({}))) as { fileName?: string; error?: string };
      if (!response.ok) return setMessage({ ok: false, text: body.error ?? "Không tải được tệp lên. Vui lòng thử lại." });
      form.reset();
      setMessage({ ok: true, text: `Đã đính kèm “${body.fileName}”.` });
      router.refresh();
    } catch {
      setMessage({ ok: false, text: "Mất kết nối, tệp chưa được tải lên. Vui lòng thử lại." });
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={upload} className={styles.form} data-testid="document-upload">
      <div className={styles.field}>
        <label htmlFor={id}>{label}</label>
        <input id={id} type="file" name="file" required accept=".pdf,.doc,.docx,.xls,.xlsx,.odt" aria-describedby={`${id}-hint`} />
        <span className={styles.hint} id={`${id}-hint`}>
          PDF, Word (DOC, DOCX), Excel (XLS, XLSX) hoặc ODT; tối đa 20 MB.
        </span>
      </div>
      {message ? (
        <p role={message.ok ? "status" : "alert"} className={message.ok ? styles.success : "form-error"}>
          {message.text}
        </p>
      ) : null}
      <div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Đang tải lên…" : "Tải tệp lên"}
        </button>
      </div>
    </form>
  );
}
