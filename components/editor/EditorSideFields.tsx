"use client";

import { useState } from "react";
import { formatFigureCaption } from "@/lib/media/caption";
import { EditorField, FieldError, type FieldErrors } from "./EditorField";
import type { FieldOptions, Fields } from "./form-fields";
import { MediaPicker, type PickedMedia } from "./MediaPicker";
import { SeoPreview } from "./SeoPreview";
import styles from "./Editor.module.css";

type SetField = <K extends keyof Fields>(key: K, value: Fields[K]) => void;

type Props = FieldOptions & {
  fields: Fields;
  errors: FieldErrors;
  /** The id in the public address: the article's as the page loaded it (null: a new one). */
  articleId: number | null;
  set: SetField;
  /** Changes fields from their current values and marks the form changed. */
  update: (change: (fields: Fields) => Partial<Fields>) => void;
  onToggleOfficial: (id: number, checked: boolean) => void;
};

/** The side column below the save bar: category, featured image and caption, byline, officials, SEO. */
export function EditorSideFields({ fields, errors, categories, officials, articleId, set, update, onToggleOfficial }: Props) {
  return (
    <>
      <EditorField name="categoryId" label="Chuyên mục" errors={errors}>
        {(control) => (
          <select {...control} value={fields.categoryId} onChange={(e) => set("categoryId", e.target.value)}>
            <option value="">— Chọn chuyên mục —</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        )}
      </EditorField>
      <FeaturedImageField fields={fields} errors={errors} set={set} update={update} />
      <EditorField name="byline" label="Bút danh (để trống sẽ dùng tên tác giả)" errors={errors}>
        {(control) => <input {...control} value={fields.byline} onChange={(e) => set("byline", e.target.value)} />}
      </EditorField>
      <fieldset className={styles.officials}>
        <legend>Lãnh đạo được nhắc đến</legend>
        <p className={styles.hint}>Tự động gợi ý theo tên trong bài; có thể bỏ chọn.</p>
        {officials.map((o) => (
          <label key={o.id}>
            <input type="checkbox" checked={fields.officialIds.includes(o.id)} onChange={(e) => onToggleOfficial(o.id, e.target.checked)} /> {o.fullName}
          </label>
        ))}
        <FieldError errors={errors} name="officialIds" />
      </fieldset>
      <SeoFields fields={fields} errors={errors} articleId={articleId} set={set} />
    </>
  );
}

/** The featured image (chosen from the library), its caption, and what readers will see under it. */
function FeaturedImageField({ fields, errors, set, update }: Pick<Props, "fields" | "errors" | "set" | "update">) {
  const [picking, setPicking] = useState(false);
  const pick = (media: PickedMedia) => {
    update((f) => ({
      featuredImage: { id: media.id, thumb: media.thumb, alt: media.alt, credit: media.credit },
      featuredImageCaption: f.featuredImageCaption || media.caption || "",
    }));
    setPicking(false);
  };
  return (
    <>
      <div className={styles.field}>
        <span>Ảnh đại diện</span>
        {fields.featuredImage ? (
          // eslint-disable-next-line @next/next/no-img-element -- a resized thumbnail
          <img src={fields.featuredImage.thumb} alt={fields.featuredImage.alt} className={styles.featuredThumb} />
        ) : null}
        <div className={styles.actions}>
          <button type="button" className="button" onClick={() => setPicking(true)}>
            {fields.featuredImage ? "Đổi ảnh đại diện" : "Chọn ảnh đại diện"}
          </button>
          {fields.featuredImage ? (
            <button type="button" className="button" onClick={() => update(() => ({ featuredImage: null }))}>
              Bỏ ảnh
            </button>
          ) : null}
        </div>
        <FieldError errors={errors} name="featuredImageId" />
        {picking ? <MediaPicker onPick={pick} onClose={() => setPicking(false)} /> : null}
      </div>
      <EditorField name="featuredImageCaption" label="Chú thích ảnh đại diện" errors={errors}>
        {(control) => <input {...control} value={fields.featuredImageCaption} onChange={(e) => set("featuredImageCaption", e.target.value)} />}
      </EditorField>
      {fields.featuredImage ? (
        // What readers will see: the caption and the library's credit ("Ảnh: …").
        <p className={styles.hint} data-testid="featured-caption-preview">
          Dưới ảnh sẽ in: {formatFigureCaption(fields.featuredImageCaption, fields.featuredImage.credit) ?? "(không có chú thích)"}
        </p>
      ) : null}
    </>
  );
}

/** Search engines' title and description (each falls back to the article's), with a preview. */
function SeoFields({ fields, errors, articleId, set }: Pick<Props, "fields" | "errors" | "articleId" | "set">) {
  return (
    <fieldset className={styles.officials}>
      <legend>SEO</legend>
      <EditorField name="seoTitle" label="Tiêu đề SEO" errors={errors} hint={`${(fields.seoTitle || fields.title).length}/60 ký tự nên dùng`}>
        {(control) => <input {...control} value={fields.seoTitle} onChange={(e) => set("seoTitle", e.target.value)} />}
      </EditorField>
      <EditorField name="seoDescription" label="Mô tả SEO" errors={errors} hint={`${(fields.seoDescription || fields.sapo).length}/160 ký tự nên dùng`}>
        {(control) => <textarea {...control} rows={3} value={fields.seoDescription} onChange={(e) => set("seoDescription", e.target.value)} />}
      </EditorField>
      <SeoPreview
        title={fields.seoTitle || fields.title}
        description={fields.seoDescription || fields.sapo}
        url={`/tin/${fields.slug || "…"}${articleId !== null ? `-${articleId}` : ""}`}
      />
    </fieldset>
  );
}
