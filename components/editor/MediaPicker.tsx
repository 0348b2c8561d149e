"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { searchMedia, type UploadedMedia } from "./api";
import styles from "./Editor.module.css";
import { MediaUploadForm } from "./MediaUploadForm";

export type PickedMedia = Pick<UploadedMedia, "id" | "src" | "srcset" | "width" | "height" | "thumb" | "alt" | "caption" | "credit">;

/** Choose an image from the media library, or upload a new one, in a modal dialog. */
export function MediaPicker({ onPick, onClose }: { onPick: (media: PickedMedia) => void; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [q, setQ] = useState("");
  const [rows, setRows] = useState<UploadedMedia[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async (query: string) => {
    const answer = await searchMedia(query);
    if (!answer.ok) return setError(answer.data.error ?? "Không tải được thư viện ảnh.");
    setRows(answer.data.rows);
  }, []);

  useEffect(() => {
    dialog.current?.showModal();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- fetching from the server on mount; state is set when the answer arrives
    void load("");
  }, [load]);

  const pick = (row: UploadedMedia) =>
    onPick({
      id: row.id,
      src: row.src,
      srcset: row.srcset,
      width: row.width,
      height: row.height,
      thumb: row.thumb,
      alt: row.alt,
      caption: row.caption,
      credit: row.credit ?? null,
    });

  // Rendered at the end of <body>: outside the article form and its disabled fieldset.
  return createPortal(
    <dialog ref={dialog} className={styles.dialog} aria-labelledby="media-picker-title" onClose={onClose}>
      <h2 id="media-picker-title">Chọn ảnh từ thư viện</h2>
      <div role="search" className={styles.pickerSearch}>
        <label>
          Tìm ảnh
          <input
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== "Enter") return;
              e.preventDefault();
              void load(q);
            }}
          />
        </label>
        <button type="button" className="button" onClick={() => void load(q)}>
          Tìm
        </button>
      </div>
      {error ? <p role="alert">{error}</p> : null}
      <ul className={styles.mediaGrid}>
        {(rows ?? []).map((row) => (
          <li key={row.id}>
            <button type="button" onClick={() => pick(row)} className={styles.mediaChoice} aria-label={`Chọn ảnh: ${row.alt}`}>
              {/* eslint-disable-next-line @next/next/no-img-element -- thumbnails are already resized */}
              <img src={row.thumb} alt="" />
              <span>{row.alt}</span>
            </button>
          </li>
        ))}
      </ul>
      {rows && !rows.length ? <p>Chưa có ảnh phù hợp.</p> : null}
      <h3>Tải ảnh mới lên</h3>
      <MediaUploadForm onUploaded={pick} />
      <button type="button" className="button" onClick={() => dialog.current?.close()}>
        Đóng
      </button>
    </dialog>,
    document.body,
  );
}
