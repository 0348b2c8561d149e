import { foldDiacritics } from "@/lib/text/vietnamese";

/**
 * A document's number and symbol ("Số/ký hiệu"): "12-NQ/TU", "1234/QĐ-UBND". Readers type it as they
 * remember it ("12/NQ-TU", "12 nq tu", "1234/QD-UBND"), so it is matched by its key: diacritics
 * folded ("Đ" → "D"), upper case, letters and digits only. "12-NQ/TU" and "12/NQ-TU" share "12NQTU".
 */
export function numberKey(number: string): string {
  return foldDiacritics(number)
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, "");
}

/**
 * Whether a search may be a number and symbol rather than words: short, with digits and letters, and
 * either one run without spaces ("12-NQ/TU") or written with a slash ("12 NQ/TU"). "nghị quyết 12" is
 * not. A false guess costs nothing: the words are searched as well.
 */
export function looksLikeNumber(query: string): boolean {
  const text = query.trim();
  return text.length <= 40 && /\d/.test(text) && /\p{L}/u.test(text) && (!/\s/.test(text) || text.includes("/"));
}
