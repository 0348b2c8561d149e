"use client";

import type { JSONContent } from "@tiptap/react";
import { EditorField, FieldError, fieldMessages, type FieldErrors } from "./EditorField";
import type { Fields } from "./form-fields";
import { RichTextEditor } from "./RichTextEditor";
import styles from "./Editor.module.css";

type Props = {
  fields: Fields;
  errors: FieldErrors;
  /** The saved article's public address (its slug is shown as typed); null for a new article. */
  publicPath: string | null;
  set: <K extends keyof Fields>(key: K, value: Fields[K]) => void;
  /** The person typed the slug: it no longer follows the title. */
  onSlugInput: (slug: string) => void;
  onSlugBlur: () => void;
  /** A new key mounts the body editor again with `initialBody`. */
  bodyKey: number;
  initialBody: JSONContent;
  editable: boolean;
  onBodyChange: (json: JSONContent, text: string, changed: boolean) => void;
  /** Pasted pictures are being uploaded to the media library. */
  onBodyUploading: (uploading: boolean) => void;
};

/** The main column: title, slug, sapo and the body. */
export function EditorMainFields({
  fields,
  errors,
  publicPath,
  set,
  onSlugInput,
  onSlugBlur,
  bodyKey,
  initialBody,
  editable,
  onBodyChange,
  onBodyUploading,
}: Props) {
  const bodyInvalid = fieldMessages(errors, "body").length > 0;
  return (
    <>
      <EditorField name="title" label="Tiêu đề" errors={errors}>
        {(control) => <input {...control} className={styles.titleInput} value={fields.title} onChange={(e) => set("title", e.target.value)} />}
      </EditorField>
      <EditorField
        name="slug"
        label="Đường dẫn (slug)"
        errors={errors}
        hint={publicPath !== null ? publicPath.replace(/\/tin\/.*-(\d+)$/, `/tin/${fields.slug || "…"}-$1`) : `/tin/${fields.slug || "…"}-<mã bài>`}
      >
        {(control) => <input {...control} value={fields.slug} onChange={(e) => onSlugInput(e.target.value)} onBlur={onSlugBlur} />}
      </EditorField>
      <EditorField name="sapo" label="Sapo" errors={errors}>
        {(control) => <textarea {...control} rows={3} value={fields.sapo} onChange={(e) => set("sapo", e.target.value)} />}
      </EditorField>
      <div className={styles.field}>
        <span id="body-label">Nội dung</span>
        <RichTextEditor
          key={bodyKey}
          initialContent={initialBody}
          editable={editable}
          onChange={onBodyChange}
          onUploadingChange={onBodyUploading}
          invalid={bodyInvalid}
          describedBy={bodyInvalid ? "body-error" : undefined}
        />
        <FieldError errors={errors} name="body" />
      </div>
    </>
  );
}
