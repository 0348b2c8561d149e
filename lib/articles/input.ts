import { z } from "zod";
import { bodySchema } from "./body";
import { idSchema } from "@/lib/db/ids";
import { chosenId, idField, nullableLine, optionalId, optionalLine, optionalText, requiredLine, slugField } from "@/lib/forms/fields";
import { fieldMessages } from "@/lib/forms/messages";
import { fromVietnamLocal, LOCAL_DATE_TIME } from "@/lib/text/date";

/** Server-side validation of every field the editor sends, with the Vietnamese message shown beside it. */
export const articleInputSchema = z.object({
  title: requiredLine("tiêu đề", 300),
  /** Empty: made from the title. Whatever is typed is made Vietnamese-safe the same way. */
  slug: slugField,
  sapo: optionalText("sapo", 1000),
  categoryId: chosenId("chuyên mục"),
  body: bodySchema,
  featuredImageId: optionalId("ảnh đại diện"),
  featuredImageCaption: nullableLine("chú thích ảnh đại diện", 500),
  byline: nullableLine("bút danh", 200),
  seoTitle: nullableLine("tiêu đề SEO", 120),
  seoDescription: nullableLine("mô tả SEO", 300),
  officialIds: z
    .array(idSchema(fieldMessages.invalid("lãnh đạo")))
    .max(50, "Tối đa 50 lãnh đạo")
    .default([]),
});
export type ArticleInput = z.output<typeof articleInputSchema>;

export const saveInputSchema = articleInputSchema.extend({
  expectedVersion: idField("phiên bản"),
});

/** A draft may not have its category chosen yet ("" from the editor's select, or nothing). */
const draftCategoryId = optionalId("chuyên mục");

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
  title: optionalLine("tiêu đề", 300),
  categoryId: draftCategoryId,
  basedOnVersion: idField("phiên bản"),
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
  expectedVersion: idSchema(fieldMessages.invalid("phiên bản")).optional(),
  scheduledAt: z.preprocess(inVietnamTime, z.coerce.date({ error: fieldMessages.invalid("thời điểm hẹn giờ") })).optional(),
  note: optionalText("ghi chú", 2000),
});
export type TransitionInput = z.output<typeof transitionInputSchema>;
