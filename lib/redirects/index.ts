import { db, type Tx } from "@/lib/db";

/**
 * Permanent redirects for public paths that moved (the slug of a category, an official or an author
 * changed). fromPath is unique.
 * Writing a redirect also re-points older redirects that led to the old path, so a visitor never
 * follows a chain, and drops any redirect away from the new path, so nothing loops.
 */
export async function addRedirect(tx: Tx, fromPath: string, toPath: string): Promise<void> {
  if (fromPath === toPath) return;
  await tx.redirect.deleteMany({ where: { fromPath: toPath } });
  await tx.redirect.updateMany({ where: { toPath: fromPath }, data: { toPath } });
  await tx.redirect.upsert({ where: { fromPath }, create: { fromPath, toPath }, update: { toPath } });
  forgetRedirects();
}

/** A new page at `path` (a new category, official or author) replaces any redirect away from it. */
export async function removeRedirectFrom(tx: Tx, path: string): Promise<void> {
  await tx.redirect.deleteMany({ where: { fromPath: path } });
  forgetRedirects();
}

/**
 * The target of a stored redirect for this path, or null. Looked up before every request under the
 * redirected prefixes (proxy.ts), so answers are memoised per process for REDIRECT_TTL_MS: a
 * redirect written by another instance is served there at most that long later (until then the old
 * path answers 404, as it did before the change); writes in this process clear the memo at once.
 */
const REDIRECT_TTL_MS = 10_000;
const MAX_ENTRIES = 20_000;
// Shared through globalThis: proxy.ts and the server actions that write redirects are bundled
// separately, and a write must clear the memo the proxy reads.
const memoKey = Symbol.for("toasoan.redirects");
type GlobalWithMemo = typeof globalThis & { [memoKey]?: Map<string, { toPath: string | null; expires: number }> };
const memo = ((globalThis as GlobalWithMemo)[memoKey] ??= new Map());

export async function findRedirect(pathname: string): Promise<string | null> {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  const exact = await lookup(path);
  if (exact) return exact;
  // Pages under a moved path (/chuyen-muc/<old>/rss) follow it: /chuyen-muc/<new>/rss.
  const parent = /^(\/[^/]+\/[^/]+)(\/.+)$/.exec(path);
  if (!parent) return null;
  const moved = await lookup(parent[1]!);
  return moved ? moved + parent[2] : null;
}

async function lookup(path: string): Promise<string | null> {
  const now = Date.now();
  const cached = memo.get(path);
  if (cached && cached.expires > now) return cached.toPath;
  const row = await db.redirect.findUnique({ where: { fromPath: path }, select: { toPath: true } });
  if (memo.size >= MAX_ENTRIES) memo.clear();
  memo.set(path, { toPath: row?.toPath ?? null, expires: now + REDIRECT_TTL_MS });
  return row?.toPath ?? null;
}

export function forgetRedirects(): void {
  memo.clear();
}
