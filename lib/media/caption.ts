import { normalizeLine } from "@/lib/text/vietnamese";

/**
 * Figure captions as Vietnamese news portals print them: the caption, then the photo credit,
 * "Quang cảnh phiên họp. Ảnh: Thành Duy". The one place that formats them, for the featured image
 * (Article.featuredImageCaption + Media.credit) and for body images (the node's title + credit).
 */

const CREDIT_PREFIX = /^ảnh\s*:\s*/iu;
/** A credit that already names the kind of image reads as is: "Ảnh tư liệu", "Ảnh minh hoạ". */
const SELF_DESCRIBING = /^ảnh(\s|$)/iu;
/** Ends a sentence, possibly followed by closing quotes or brackets. */
const ENDS_SENTENCE = /[.!?…]["'”’»)\]]*$/u;

/** A credit as stored: one NFC line, without a leading "Ảnh:" the caption adds itself. */
export function normalizeCredit(input: string): string {
  return normalizeLine(input).replace(CREDIT_PREFIX, "").trim();
}

/**
 * "<caption>. Ảnh: <credit>", the caption alone, "Ảnh: <credit>" alone, or null when there is neither.
 * No second full stop after a caption that already ends a sentence; a caption that already ends with
 * the credit (older content typed it in) is not credited twice.
 */
export function formatFigureCaption(caption: string | null | undefined, credit: string | null | undefined): string | null {
  const text = normalizeLine(caption ?? "");
  const source = normalizeCredit(credit ?? "");
  if (!source) return text || null;
  const credited = SELF_DESCRIBING.test(source) ? source : `Ảnh: ${source}`;
  if (!text) return credited;
  if (comparable(text).endsWith(comparable(credited))) return text;
  return ENDS_SENTENCE.test(text) ? `${text} ${credited}` : `${text.replace(/[\s,;:–—-]+$/u, "")}. ${credited}`;
}

function comparable(value: string): string {
  return value.toLocaleLowerCase("vi").replace(/[\s.!?…)\]"'”’»]+$/u, "");
}
