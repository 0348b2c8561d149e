/**
 * Text to find literally inside a LIKE pattern: PostgreSQL's default escape character is the
 * backslash, and Prisma's contains/startsWith/endsWith pass `%` and `_` through as wildcards
 * (prisma/prisma#19506), so "50%" would find every "50…" and "%" every row.
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
