"use client";

import { useRef, useState } from "react";
import { uploadMedia, type UploadedMedia } from "./api";
import styles from "./Editor.module.css";

/**
 * Uploads one image with its alt text, caption and credit; errors appear beside the field they concern.
 * Not a <form>: it is also used inside the article editor's form, and forms cannot nest.
 */
export function MediaUploadForm({ onUploaded }: { onUploaded: (media: UploadedMedia) => void }) {
  const fileInput = useRef<HTMLInputElement>(null);
  const altInput = useRef<HTMLInputElement>(null);
  const captionInput = useRef<HTMLInputElement>(null);
  const creditInput = useRef<HTMLInputElement>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async () => {
    setPending(true);
    setMessage(null);
    try {
      const form = new FormData();
      const file = fileInput.current?.files?.[0];
      if (file) form.set("file", file);
      form.set("alt", altInput.current?.value ?? "");
      form.set("caption", captionInput.current?.value ?? "");
      form.set("credit", creditInput.current?.value ?? "");
      const answer = await uploadMedia(form);
      if (!answer.ok) {
        setErrors(answer.data.fieldErrors ?? {});
        // Field problems are shown beside their field; other failures here.
        setMessage(answer.data.fieldErrors ? null : (answer.data.error ?? "Không tải ảnh lên được."));
        return;
      }
      setErrors({});
      for (const input of [fileInput, altInput, captionInput, creditInput]) if (input.current) input.current.value = "";
      onUploaded(answer.data);
    } finally {
      setPending(false);
    }
  };

  const fieldError = (name: string) =>
    errors[name]?.length ? (
      <span id={`upload-${name}-error`} className={styles.fieldError}>
        {errors[name]!.join(" ")}
      </span>
    ) : null;

  return (
    <div className={styles.uploadForm} role="group" aria-label="Tải ảnh mới lên">
      <label>
        Tệp ảnh (JPEG, PNG, WebP, GIF, tối đa 10 MB)
        <input
          ref={fileInput}
          name="file"
          type="file"
          accept="image/jpeg,image/png,image/webp,image/gif"
          aria-invalid={Boolean(errors.file)}
          aria-describedby={errors.file ? "upload-file-error" : undefined}
        />
        {fieldError("file")}
      </label>
      <label>
        Mô tả ảnh (alt)
        <input ref={altInput} name="alt" aria-invalid={Boolean(errors.alt)} aria-describedby={errors.alt ? "upload-alt-error" : undefined} />
        {fieldError("alt")}
      </label>
      <label>
        Chú thích
        <input
          ref={captionInput}
          name="caption"
          aria-invalid={Boolean(errors.caption)}
          aria-describedby={errors.caption ? "upload-caption-error" : undefined}
        />
        {fieldError("caption")}
      </label>
      <label>
        Tác giả / nguồn ảnh
        <input
          ref={creditInput}
          name="credit"
          placeholder="VD: Thành Duy"
          aria-invalid={Boolean(errors.credit)}
          aria-describedby={errors.credit ? "upload-credit-error" : undefined}
        />
        {fieldError("credit")}
      </label>
      {message ? (
        <p role="alert" className="form-error">
          {message}
        </p>
      ) : null}
      <button type="button" className="button primary" disabled={pending} onClick={() => void submit()}>
        {pending ? "Đang tải lên…" : "Tải lên"}
      </button>
    </div>
  );
}
