import { z } from "zod";
import { normalizeLine, normalizeText, slugify } from "@/lib/text/vietnamese";
import { idSchema } from "@/lib/db/ids";
import { calendarDay, fromVietnamLocal, isCalendarDay, LOCAL_DATE_TIME } from "@/lib/text/date";
import { sitePathOf } from "@/lib/site/url";

/**
 * zod building blocks for admin forms. Inputs arrive from FormData (strings, missing checkboxes) or
 * from plain objects in tests; every text is NFC-normalised here.
 */
const asString = (value: unknown) => (value == null ? "" : value);

/** One line of text, required. */
export function requiredLine(label: string, max = 200) {
  return z.preprocess(
    asString,
    z
      .string()
      .transform(normalizeLine)
      .pipe(z.string().min(1, `Vui lòng nhập ${label}`).max(max, `${capitalize(label)} tối đa ${max} ký tự`)),
  );
}

/** One line of text, may be empty. */
export function optionalLine(label: string, max = 300) {
  return z.preprocess(asString, z.string().transform(normalizeLine).pipe(z.string().max(max, `${capitalize(label)} tối đa ${max} ký tự`)));
}

/** One line of text or null when empty. */
export function nullableLine(label: string, max = 300) {
  return optionalLine(label, max).transform((value) => value || null);
}

/** Multi-line text, may be empty. */
export function optionalText(label: string, max = 20_000) {
  return z.preprocess(asString, z.string().transform(normalizeText).pipe(z.string().max(max, `${capitalize(label)} tối đa ${max} ký tự`)));
}

/** A slug typed by hand (folded and cleaned), or "" to derive it from the name. */
export const slugField = z.preprocess(asString, z.string().transform((value) => slugify(value)));

export const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true" || value === "1", z.boolean());

export function idField(label = "mục") {
  return idSchema(`Thiếu ${label}`);
}

/** An id chosen in a select; "" means none. */
export const optionalId = z.preprocess(
  (value) => (value === "" || value == null ? null : value),
  idSchema().nullable(),
);

export function optionalInt(label: string, min: number, max: number) {
  return z.preprocess(
    (value) => (value === "" || value == null ? null : value),
    z.coerce
      .number({ error: `${capitalize(label)} phải là số` })
      .int(`${capitalize(label)} phải là số nguyên`)
      .min(min, `${capitalize(label)} không hợp lệ`)
      .max(max, `${capitalize(label)} không hợp lệ`)
      .nullable(),
  );
}

/** yyyy-mm-dd (from <input type="date">) as a UTC-midnight calendar day, or null when empty. */
export function optionalDay(label: string) {
  return z.preprocess(
    (value) => (value === "" || value == null ? null : value),
    z
      .string()
      .refine(isCalendarDay, `${capitalize(label)} không hợp lệ`)
      .transform(calendarDay)
      .nullable(),
  );
}

/** A local date-time (from <input type="datetime-local">, Vietnam time) or null when empty. */
export function optionalDateTime(label: string) {
  return z.preprocess(
    (value) => (value === "" || value == null ? null : value),
    z
      .string()
      // A real day in a year PostgreSQL reads as JavaScript does ("2026-02-30" is not moved to March).
      .refine(
        (value) => LOCAL_DATE_TIME.test(value) && isCalendarDay(value.slice(0, 10)),
        `${capitalize(label)} không hợp lệ`,
      )
      .transform(fromVietnamLocal)
      .refine((date) => !Number.isNaN(date.getTime()), `${capitalize(label)} không hợp lệ`)
      .nullable(),
  );
}

/**
 * A site path ("/media/…") or an http(s) URL (this site's own kept as a path); null when empty. A path
 * may not start with "//" or "/\\": browsers read a backslash as a slash, so both lead to another host.
 */
export function optionalUrl(label: string) {
  return nullableLine(label, 500)
    .refine(
      (value) => value === null || /^\/(?![/\\])/.test(value) || /^https?:\/\/[^\s]+$/i.test(value),
      `${capitalize(label)} phải là đường dẫn bắt đầu bằng / hoặc địa chỉ http(s)://`,
    )
    .transform((value) => value && sitePathOf(value));
}

/** The updatedAt the form was loaded with, for optimistic concurrency. */
export const expectedUpdatedAt = z.preprocess(
  asString,
  z
    .string()
    .min(1, "Thiếu phiên bản dữ liệu")
    .transform((value) => new Date(value))
    .refine((date) => !Number.isNaN(date.getTime()), "Phiên bản dữ liệu không hợp lệ, hãy tải lại trang"),
);

/** The same for a form that also creates rows: empty (a new row) is null; an unreadable value is refused. */
export const optionalExpectedUpdatedAt = z.preprocess(
  (value) => (value === "" || value == null ? null : value),
  z
    .string()
    .transform((value) => new Date(value))
    .refine((date) => !Number.isNaN(date.getTime()), "Phiên bản dữ liệu không hợp lệ, hãy tải lại trang")
    .nullable(),
);

/** FormData to a plain object; repeated names become arrays. */
export function formObject(formData: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const text = typeof value === "string" ? value : "";
    if (key in result) {
      const previous = result[key];
      result[key] = Array.isArray(previous) ? [...previous, text] : [previous, text];
    } else {
      result[key] = text;
    }
  }
  return result;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Rows posted as `prefix[0][field]`, `prefix[1][field]`, … in index order (gaps from removed rows are skipped). */
export function formRows(values: Record<string, unknown>, prefix: string): Record<string, unknown>[] {
  const rows = new Map<number, Record<string, unknown>>();
  const pattern = new RegExp(`^${prefix}\\[(\\d+)\\]\\[(\\w+)\\]$`);
  for (const [key, value] of Object.entries(values)) {
    const match = pattern.exec(key);
    if (!match) continue;
    const index = Number(match[1]);
    rows.set(index, { ...rows.get(index), [match[2]!]: value });
  }
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
}
