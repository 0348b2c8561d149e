/**
 * Vietnamese text rules, in one place: how input is normalised, how diacritics are folded for
 * search, and how slugs are made.
 */

/** Every text input goes through this: Unicode NFC, no control characters, trimmed. */
export function normalizeText(input: string): string {
  return normalizeInline(input).trim();
}

/**
 * Unicode NFC without control characters (tab and line breaks kept) and without lone UTF-16
 * surrogates (half a character, which no text means and PostgreSQL's JSON refuses), not trimmed: for
 * a run of text inside a larger one, such as a text node of an article body, whose spaces at either
 * end matter.
 */
export function normalizeInline(input: string): string {
  return input
    .replace(LONE_SURROGATE, "")
    .normalize("NFC")
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "");
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A single-line variant: runs of whitespace become one space. */
export function normalizeLine(input: string): string {
  return normalizeText(input).replace(/\s+/g, " ");
}

/** Diacritics removed, case kept: "Dự thảo Đề án" → "Du thao De an" (ASCII fallbacks: download names, PDF text). */
export function withoutDiacritics(input: string): string {
  return input
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .normalize("NFC");
}

/**
 * Removes diacritics and lowercases: "Bí thư Tỉnh ủy" → "bi thu tinh uy", "Đảng" → "dang".
 * "ủy" and "uỷ" (the two accent placements in use) both fold to "uy". "Ð"/"ð" (U+00D0/U+00F0, the
 * look-alike that text converted from old Vietnamese fonts and some keyboards carry instead of
 * "Đ"/"đ") fold to "d" too, as PostgreSQL's unaccent does for search and the staff list.
 */
export function foldDiacritics(input: string): string {
  return input
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đð]/g, "d")
    .replace(/[ĐÐ]/g, "D")
    .toLowerCase();
}

/** "Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 3/2022" → "ban-thuong-vu-tinh-uy-hop-phien-thuong-ky-thang-3-2022" */
export function slugify(input: string, maxLength = 120): string {
  const slug = foldDiacritics(normalizeText(input))
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, maxLength).replace(/-+$/g, "");
}

/**
 * Whether a URL segment can be a slug at all: slugs are always slugify's output. Anything else (e.g.
 * "%00" decoded, which PostgreSQL refuses as text) names nothing and need not be looked up.
 */
export function isSlug(segment: string): boolean {
  return segment !== "" && slugify(segment, segment.length) === segment;
}
