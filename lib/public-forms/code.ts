import { randomBytes } from "node:crypto";

/**
 * The code a public form's sender gets for what they sent (a question's tracking code, a comment's
 * receipt): Crockford's base32, with no I, L, O or U, so a code read aloud or copied by hand is not
 * mistaken; 10 characters (50 random bits), unguessable and short enough to type.
 */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const CODE_LENGTH = 10;

export function newReceiptCode(): string {
  const bytes = randomBytes(CODE_LENGTH);
  return [...bytes].map((byte) => ALPHABET[byte & 31]).join("");
}

/** A typed code as stored: upper case, without spaces or dashes, look-alike letters read as digits; null when it cannot be one. */
export function normaliseReceiptCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, "").replace(/[IL]/g, "1").replace(/O/g, "0");
  return code.length === CODE_LENGTH && [...code].every((c) => ALPHABET.includes(c)) ? code : null;
}
