import { createHash } from "node:crypto";
import { foldDiacritics } from "@/lib/text/vietnamese";

/**
 * The fingerprint of a submission's text for duplicate detection: NFC, diacritics folded ("đ" → "d"),
 * lower case, every run of punctuation and whitespace one space, then SHA-256 of the parts joined. So
 * the same question sent again with other accents, case, spacing or punctuation has the same hash.
 */
export function contentHash(parts: string[]): string {
  const normalised = parts.map((part) =>
    foldDiacritics(part.normalize("NFC"))
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim(),
  );
  return createHash("sha256").update(normalised.join("\u0000")).digest("hex");
}
