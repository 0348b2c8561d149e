"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { deleteMedia, editMedia, type MediaEdit, type MediaMeta } from "@/components/editor/api";
import { EditorField, type FieldErrors } from "@/components/editor/EditorField";

type Media = {
  id: number;
  thumb: string;
  url: string;
  alt: string;
  caption: string | null;
  credit: string | null;
  width: number;
  height: number;
  uploader: string;
};

/**
 * One library image: edit its alt text, caption and credit (editors, and the reporter who uploaded it),
 * or delete it (refused while an article uses it).
 */
export function MediaCard({ media, canEdit, canDelete }: { media: Media; canEdit: boolean; canDelete: boolean }) {
  const router = useRouter();
  const [alt, setAlt] = useState(media.alt);
  const [caption, setCaption] = useState(media.caption ?? "");
  const [credit, setCredit] = useState(media.credit ?? "");
  // The stored values the form shows, sent with an edit: the server refuses it if someone changed them since.
  const [loaded, setLoaded] = useState({ alt: media.alt, caption: media.caption, credit: media.credit });
  const [message, setMessage] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});

  /** Sends an edit of the texts, or without one deletes the image. */
  const call = async (edit?: MediaEdit) => {
    // The last result goes while this request runs: a "Đã lưu." on screen is always this one's.
    setMessage(null);
    setErrors({});
    const answer = edit ? await editMedia(media.id, edit) : await deleteMedia(media.id);
    if (!answer.ok) {
      // Each field's error under the field; the status line says what happened.
      setErrors(answer.data.fieldErrors ?? {});
      setMessage(answer.data.error || "Không thực hiện được.");
      return;
    }
    if (edit) {
      // The fields as stored (normalised; a typed "Ảnh:" before the credit is dropped), except where
      // the person has typed again since sending: that text stays, unsaved.
      const sent = edit;
      const data = answer.data as Partial<MediaMeta>;
      const stored = { alt: data.alt ?? sent.alt, caption: data.caption ?? null, credit: data.credit ?? null };
      setAlt((current) => (current === sent.alt ? stored.alt : current));
      setCaption((current) => (current === sent.caption ? (stored.caption ?? "") : current));
      setCredit((current) => (current === sent.credit ? (stored.credit ?? "") : current));
      setLoaded(stored);
    }
    setMessage(edit ? "Đã lưu." : null);
    router.refresh();
  };

  return (
    <li>
      <a href={media.url} target="_blank" rel="noopener">
        {/* eslint-disable-next-line @next/next/no-img-element -- a resized thumbnail */}
        <img src={media.thumb} alt={media.alt} />
      </a>
      <small>
        {media.width}×{media.height} · {media.uploader}
      </small>
      {!canEdit ? (
        <dl>
          <dt>Mô tả (alt)</dt>
          <dd>{media.alt}</dd>
          {media.caption ? (
            <>
              <dt>Chú thích</dt>
              <dd>{media.caption}</dd>
            </>
          ) : null}
          {media.credit ? (
            <>
              <dt>Tác giả / nguồn ảnh</dt>
              <dd>{media.credit}</dd>
            </>
          ) : null}
        </dl>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void call({ alt, caption, credit, expected: loaded });
          }}
        >
          <EditorField name="alt" label="Mô tả (alt)" errors={errors}>
            {(control) => <input {...control} value={alt} onChange={(e) => setAlt(e.target.value)} required />}
          </EditorField>
          <EditorField name="caption" label="Chú thích" errors={errors}>
            {(control) => <input {...control} value={caption} onChange={(e) => setCaption(e.target.value)} />}
          </EditorField>
          <EditorField name="credit" label="Tác giả / nguồn ảnh" errors={errors}>
            {(control) => <input {...control} value={credit} onChange={(e) => setCredit(e.target.value)} placeholder="VD: Thành Duy" />}
          </EditorField>
          <button type="submit" className="button">
            Lưu
          </button>
          {canDelete ? (
            <button type="button" className="button" onClick={() => window.confirm("Xoá ảnh này?") && void call()}>
              Xoá
            </button>
          ) : null}
        </form>
      )}
      {message ? <p role="status">{message}</p> : null}
    </li>
  );
}
