import { db, Prisma } from "@/lib/db";
import { visibleSql, visibleWhere } from "./visibility";

/**
 * View counting that leaves the cached page alone: the page sends one small POST after it is shown,
 * and views are added up in memory and written in one UPDATE per FLUSH_MS for all articles together.
 * The reader is answered with the last stored count plus the views still pending in this process.
 *
 * Only published articles count. The stored count doubles as "known published": article writes in
 * this process drop it (forgetStoredViews), and each flush drops the articles it no longer finds
 * published, so a change made on another instance is seen within one flush and never counted.
 *
 * One client address counts once per article per VIEW_WINDOW_MS (reloads, a script posting in a loop).
 * Each process remembers its own readers, in memory, at most MAX_REMEMBERED of them (the oldest are
 * forgotten first): with several instances a reader sent to each may count once on each.
 */
const FLUSH_MS = 2_000;
const MAX_KNOWN = 50_000;
export const VIEW_WINDOW_MS = 10 * 60_000;
const MAX_REMEMBERED = 100_000;

const pending = new Map<number, number>();
const stored = new Map<number, number>();
let timer: ReturnType<typeof setTimeout> | null = null;

/**
 * Remembers which address viewed which article when, to count each pair once per window. Entries are
 * added in time order, so the oldest (first expired, first evicted) are at the front of the Map.
 */
export function createViewMemory(windowMs = VIEW_WINDOW_MS, maxEntries = MAX_REMEMBERED) {
  const countedAt = new Map<string, number>();
  return {
    /** True the first time in the window (and remembers it), false for a repeat. */
    isNew(articleId: number, address: string, now: number): boolean {
      for (const [key, at] of countedAt) {
        if (now - at < windowMs) break;
        countedAt.delete(key);
      }
      const key = `${articleId} ${address}`;
      if (countedAt.has(key)) return false;
      countedAt.set(key, now);
      if (countedAt.size > maxEntries) countedAt.delete(countedAt.keys().next().value!);
      return true;
    },
    get size() {
      return countedAt.size;
    },
  };
}

const viewers = createViewMemory();

/** Counts a view from a client address (lib/http/client-address.ts); returns the count to show, or null if the article is not published. */
export async function recordView(articleId: number, address: string, now = Date.now()): Promise<number | null> {
  let base = stored.get(articleId);
  if (base === undefined) {
    const row = await db.article.findFirst({ where: { id: articleId, ...visibleWhere() }, select: { viewCount: true } });
    if (!row) return null;
    base = row.viewCount;
    if (stored.size >= MAX_KNOWN) stored.clear();
    stored.set(articleId, base);
  }
  if (viewers.isNew(articleId, address, now)) {
    pending.set(articleId, (pending.get(articleId) ?? 0) + 1);
    timer ??= setTimeout(() => void flushViews(), FLUSH_MS);
  }
  return base + (pending.get(articleId) ?? 0);
}

/** Writes the pending views in one statement; also called by tests and on shutdown. */
export async function flushViews(): Promise<void> {
  if (timer) clearTimeout(timer);
  timer = null;
  if (!pending.size) return;
  const batch = [...pending.entries()];
  pending.clear();
  const values = Prisma.join(batch.map(([id, n]) => Prisma.sql`(${id}::int, ${n}::int)`));
  try {
    const rows = await db.$queryRaw<{ id: number; viewCount: number }[]>`
      UPDATE "Article" AS a SET "viewCount" = a."viewCount" + v.n
        FROM (VALUES ${values}) AS v(id, n)
       WHERE a."id" = v.id AND ${visibleSql("a")}
      RETURNING a."id", a."viewCount"`;
    for (const [id] of batch) stored.delete(id);
    for (const row of rows) stored.set(row.id, row.viewCount);
  } catch (error) {
    // Put the views back for the next flush rather than losing them.
    for (const [id, n] of batch) pending.set(id, (pending.get(id) ?? 0) + n);
    timer ??= setTimeout(() => void flushViews(), FLUSH_MS * 5);
    console.error("view counter: flush failed", error);
  }
}

/** Called after an article write commits: its next view checks again that it is published. */
export function forgetStoredViews(articleId: number): void {
  stored.delete(articleId);
}
