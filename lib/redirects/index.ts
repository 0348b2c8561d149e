import { lookupMemo } from "@/lib/cache/lookup-memo";
import { slugTagOf } from "@/lib/cache/tags";
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
}

/** A new page at `path` (a new category, official or author) replaces any redirect away from it. */
export async function removeRedirectFrom(tx: Tx, path: string): Promise<void> {
  await tx.redirect.deleteMany({ where: { fromPath: path } });
}

/**
 * The target of a stored redirect for this path, or null. Looked up before every request under the
 * redirected prefixes (proxy.ts), so answers are memoised per process under the path's slug tag
 * (`slugTagOf`): the change that writes a redirect (a category, official or author renamed) expires
 * it after its commit, here and on every other instance.
 */
const targets = lookupMemo<string | null>("redirects", { maxAgeMs: 10 * 60_000 });

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
  const tag = slugTagOf(path);
  if (!tag) return null;
  return targets(path, [tag], async () => (await db.redirect.findUnique({ where: { fromPath: path }, select: { toPath: true } }))?.toPath ?? null);
}
