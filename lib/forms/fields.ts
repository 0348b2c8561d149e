import { z } from "zod";
import { idSchema } from "@/lib/db/ids";
import { sitePathOf } from "@/lib/site/url";
import { calendarDay, fromVietnamLocal, isCalendarDay, LOCAL_DATE_TIME } from "@/lib/text/date";
import { normalizeLine, normalizeText, slugify } from "@/lib/text/vietnamese";
import { fieldMessages as say, INVALID_VERSION, MISSING_VERSION } from "./messages";

/**
 * zod building blocks for every form: the admin screens, the article editor, the media library and
 * the images of an article body. Inputs arrive from FormData (strings, missing checkboxes), as JSON
 * or as plain objects in tests; every text is NFC-normalised here (lib/text/vietnamese.ts), and every
 * message comes from ./messages.ts. A label is written as inside a sentence ("tên chuyên mục").
 */
const asString = (value: unknown) => (value == null ? "" : value);
const emptyAsNull = (value: unknown) => (value === "" || value == null ? null : value);

/** A string (missing is ""), normalised, at most `max` characters (Infinity: no bound). */
function text(label: string, normalize: (value: string) => string, max: number, required?: string) {
  let checked = z.string();
  if (required !== undefined) checked = checked.min(1, required);
  if (Number.isFinite(max)) checked = checked.max(max, say.tooLong(label, max));
  return z.preprocess(
    asString,
    z
      .string({ error: say.invalid(label) })
      .transform(normalize)
      .pipe(checked),
  );
}

/** One line of text, required; `required` replaces the message asking for it. */
export function requiredLine(label: string, max = 200, { required = say.required(label) }: { required?: string } = {}) {
  return text(label, normalizeLine, max, required);
}

/** An image's alt text (the media library, banners): what the picture shows, for those who cannot see it. */
export function altText(max = 300) {
  return requiredLine("mô tả ảnh", max, { required: say.required("mô tả ảnh (alt)") });
}

/** One line of text, may be empty (""). */
export function optionalLine(label: string, max = 300) {
  return text(label, normalizeLine, max);
}

/** One line of text or null when empty. */
export function nullableLine(label: string, max = 300) {
  return optionalLine(label, max).transform((value) => value || null);
}

/** Multi-line text, may be empty. */
export function optionalText(label: string, max = 20_000) {
  return text(label, normalizeText, max);
}

/**
 * One line of an edit that may leave it out: absent (undefined) stays absent, so the stored value is
 * kept; null or empty clears it (null). `normalize` may do more than normalizeLine (photo credits).
 */
export function patchLine(label: string, max: number, normalize: (value: string) => string = normalizeLine) {
  return z
    .string({ error: say.invalid(label) })
    .nullable()
    .optional()
    .transform((value) => (value == null ? value : normalize(value) || null))
    .pipe(z.string().max(max, say.tooLong(label, max)).nullable().optional());
}

/** A slug typed by hand (folded and cleaned), or "" to derive it from the name (lib/slugs). */
export const slugField = z.preprocess(
  asString,
  z.string({ error: say.invalid("đường dẫn") }).transform((value) => slugify(value)),
);

export const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true" || value === "1", z.boolean());

/** An id the form always sends (a hidden field): "Thiếu <label>" when it does not. */
export function idField(label = "mục") {
  return idSchema(say.missing(label));
}

/** An id chosen in a select that must have a choice. */
export function chosenId(label: string) {
  return idSchema(say.choose(label));
}

/** An id chosen in a select; "" means none (null). */
export function optionalId(label = "mã") {
  return z.preprocess(emptyAsNull, idSchema(say.invalid(label)).nullable());
}

export function optionalInt(label: string, min: number, max: number) {
  return z.preprocess(
    emptyAsNull,
    z.coerce
      .number({ error: say.notNumber(label) })
      .int(say.notInteger(label))
      .min(min, say.invalid(label))
      .max(max, say.invalid(label))
      .nullable(),
  );
}

/** yyyy-mm-dd (from <input type="date">) as a UTC-midnight calendar day, or null when empty. */
export function optionalDay(label: string) {
  return z.preprocess(emptyAsNull, z.string().refine(isCalendarDay, say.invalid(label)).transform(calendarDay).nullable());
}

/** A clock time "HH:MM" (from <input type="time">, Vietnam time) or null when empty. */
export function optionalTime(label: string) {
  return z.preprocess(
    emptyAsNull,
    z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, say.invalid(label))
      .transform((value) => value.slice(0, 5))
      .nullable(),
  );
}

/** Ids ticked in a list of checkboxes (one value or several under one name); none is []. */
export function idList(label: string, max = 100) {
  return z.preprocess(
    (value) => (value == null || value === "" ? [] : Array.isArray(value) ? value : [value]),
    z.array(idSchema(say.invalid(label))).max(max, say.invalid(label)),
  );
}

/** A local date-time (from <input type="datetime-local">, Vietnam time) or null when empty. */
export function optionalDateTime(label: string) {
  return z.preprocess(
    emptyAsNull,
    z
      .string()
      // A real day in a year PostgreSQL reads as JavaScript does ("2026-02-30" is not moved to March).
      .refine((value) => LOCAL_DATE_TIME.test(value) && isCalendarDay(value.slice(0, 10)), say.invalid(label))
      .transform(fromVietnamLocal)
      .refine((date) => !Number.isNaN(date.getTime()), say.invalid(label))
      .nullable(),
  );
}

/**
 * A site path ("/media/…") or an http(s) URL (this site's own kept as a path); null when empty. A path
 * may not start with "//" or "/\\": browsers read a backslash as a slash, so both lead to another host.
 */
export function optionalUrl(label: string) {
  return nullableLine(label, 500)
    .refine((value) => value === null || /^\/(?![/\\])/.test(value) || /^https?:\/\/[^\s]+$/i.test(value), say.notAddress(label))
    .transform((value) => value && sitePathOf(value));
}

/** The updatedAt the form was loaded with, for optimistic concurrency. */
export const expectedUpdatedAt = z.preprocess(
  asString,
  z
    .string()
    .min(1, MISSING_VERSION)
    .transform((value) => new Date(value))
    .refine((date) => !Number.isNaN(date.getTime()), INVALID_VERSION),
);

/** The same for a form that also creates rows: empty (a new row) is null; an unreadable value is refused. */
export const optionalExpectedUpdatedAt = z.preprocess(
  emptyAsNull,
  z
    .string()
    .transform((value) => new Date(value))
    .refine((date) => !Number.isNaN(date.getTime()), INVALID_VERSION)
    .nullable(),
);
