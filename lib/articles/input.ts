import { z } from "zod";
import { normalizeLine, normalizeText, slugify } from "@/lib/text/vietnamese";
import { bodySchema } from "./body";
import { idSchema } from "@/lib/db/ids";
import { fromVietnamLocal, LOCAL_DATE_TIME } from "@/lib/text/date";

/** Server-side validation of every field the editor sends, with the Vietnamese message shown beside it. */
const line = (label: string, max: number) =>
  z
    .string({ error: `${label} không hợp lệ` })
    .transform(normalizeLine)
    .pipe(z.string().max(max, `${label} không được dài quá ${max} ký tự`));

const optionalLine = (label: string, max: number) =>
  line(label, max)
    .nullish()
    .transform((value) => value || null);

export const articleInputSchema = z.object({
  title: line("Tiêu đề", 300).pipe(z.string().min(1, "Vui lòng nhập tiêu đề")),
  /** Empty: made from the title. Whatever is typed is made Vietnamese-safe the same way. */
  slug: z
    .string()
    .optional()
    .transform((value) => slugify(value ?? "")),
  sapo: z
    .string()
    .default("")
    .transform(normalizeText)
    .pipe(z.string().max(1000, "Sapo không được dài quá 1000 ký tự")),
  categoryId: idSchema("Vui lòng chọn chuyên mục"),
  body: bodySchema,
  featuredImageId: idSchema("Ảnh đại diện không hợp lệ").nullable().optional().transform((v) => v ?? null),
  featuredImageCaption: optionalLine("Chú thích ảnh đại diện", 500),
  byline: optionalLine("Bút danh", 200),
  seoTitle: optionalLine("Tiêu đề SEO", 120),
  seoDescription: optionalLine("Mô tả SEO", 300),
  officialIds: z.array(idSchema("Lãnh đạo không hợp lệ")).max(50, "Tối đa 50 lãnh đạo").default([]),
});
export type ArticleInput = z.output<typeof articleInputSchema>;

export const saveInputSchema = articleInputSchema.extend({
  expectedVersion: idSchema("Thiếu phiên bản"),
});

/** A draft may not have its category chosen yet ("" from the editor's select, or nothing). */
const draftCategoryId = z.preprocess((value) => (value === "" || value == null ? null : value), idSchema("Chuyên mục không hợp lệ").nullable());

/**
 * Everything a save stores besides title, sapo and body, which revisions keep in columns of their own:
 * revisions (autosaves included) store these as one JSON value (ArticleRevision.fields) and read it
 * back through this schema. Derived from the save schema, so a new form field is kept without more.
 */
export const revisionFieldsSchema = articleInputSchema.omit({ title: true, sapo: true, body: true }).extend({ categoryId: draftCategoryId });
export type RevisionFields = z.output<typeof revisionFieldsSchema>;

const REVISION_FIELD_KEYS = Object.keys(revisionFieldsSchema.shape) as (keyof RevisionFields)[];

/** The revision fields of a save's input or of an article row (with its officials' ids), nothing else. */
export function pickRevisionFields(source: RevisionFields): RevisionFields {
  return Object.fromEntries(REVISION_FIELD_KEYS.map((key) => [key, source[key]])) as RevisionFields;
}

/** A stored revision's fields, or null when it has none (recorded before they were kept) or they no longer parse. */
export function readRevisionFields(stored: unknown): RevisionFields | null {
  const parsed = revisionFieldsSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

/**
 * Autosave keeps the whole form as typed, with the save's fields and normalisation, but accepts an
 * empty title or no category yet: it is never published (restoring one validates it as a save).
 */
export const autosaveInputSchema = articleInputSchema.extend({
  title: z.string({ error: "Tiêu đề không hợp lệ" }).max(300, "Tiêu đề không được dài quá 300 ký tự").transform(normalizeLine),
  categoryId: draftCategoryId,
  basedOnVersion: idSchema("Thiếu phiên bản"),
});

/**
 * A date-time without a zone, as <input type="datetime-local"> gives it ("2026-11-28T10:00"), is the
 * time on the newsroom's clocks: Vietnam time, whatever the zone of the server or of the browser that
 * sent it. A time with its own zone ("…Z", "…+07:00") is kept.
 */
function inVietnamTime(value: unknown): unknown {
  return typeof value === "string" && LOCAL_DATE_TIME.test(value) ? fromVietnamLocal(value) : value;
}

export const transitionInputSchema = z.object({
  action: z.enum(["article.submit", "article.publish", "article.schedule", "article.unpublish", "article.return"], {
    error: "Thao tác không hợp lệ",
  }),
  expectedVersion: idSchema("Phiên bản không hợp lệ").optional(),
  scheduledAt: z.preprocess(inVietnamTime, z.coerce.date({ error: "Thời điểm hẹn giờ không hợp lệ" })).optional(),
  note: z
    .string()
    .optional()
    .transform((value) => (value ? normalizeText(value) : ""))
    .pipe(z.string().max(2000, "Ghi chú không được dài quá 2.000 ký tự")),
});
export type TransitionInput = z.output<typeof transitionInputSchema>;
