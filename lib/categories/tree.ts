import { Prisma, type Tx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { CategoryNode } from "./queries";

/**
 * The shape of the category tree: walking up (ancestors) and down (descendants, height), in the database
 * for writers, and over the in-memory list the reader pages already hold.
 */

/** Deeper than any tree the admin can build (MAX_CATEGORY_DEPTH): a cycle in bad data stops here. */
const WALK_LIMIT = 32;

type Reader = Pick<Tx, "$queryRaw">;

/**
 * Each given category with its ancestors, in one recursive query: per start id, the chain from the
 * category itself (first) up to its root (last). A start id that does not exist has no chain.
 */
export async function ancestorChains(tx: Reader, ids: number[]): Promise<Map<number, number[]>> {
  const chains = new Map<number, number[]>();
  if (!ids.length) return chains;
  const rows = await tx.$queryRaw<{ start: number; id: number }[]>`
    WITH RECURSIVE up ("start", "id", "parentId", "depth") AS (
      SELECT c."id", c."id", c."parentId", 0 FROM "Category" c WHERE c."id" IN (${Prisma.join([...new Set(ids)])})
      UNION ALL
      SELECT up."start", p."id", p."parentId", up."depth" + 1
        FROM up JOIN "Category" p ON p."id" = up."parentId"
       WHERE up."depth" < ${WALK_LIMIT}
    )
    SELECT "start", "id" FROM up ORDER BY "start", "depth"`;
  for (const { start, id } of rows) chains.set(start, [...(chains.get(start) ?? []), id]);
  return chains;
}

/** The given categories and every ancestor of each: a change to an article affects all their lists. */
export async function withAncestors(tx: Reader, ids: number[]): Promise<number[]> {
  return [...new Set([...(await ancestorChains(tx, ids)).values()].flat())];
}

/** A category's ancestors, its parent first. */
export async function ancestorIds(tx: Reader, id: number): Promise<number[]> {
  return ((await ancestorChains(tx, [id])).get(id) ?? []).slice(1);
}

/** 1 for a root category, 2 for its child, …; NotFoundError when it no longer exists. */
export async function depthOf(tx: Reader, id: number): Promise<number> {
  const chain = (await ancestorChains(tx, [id])).get(id);
  if (!chain) throw new NotFoundError("Chuyên mục cha không còn tồn tại.");
  return chain.length;
}

/** 1 for a leaf, 2 for a category with children only, … */
export async function heightOf(tx: Reader, id: number): Promise<number> {
  const [row] = await tx.$queryRaw<{ height: number }[]>`
    WITH RECURSIVE down ("id", "depth") AS (
      SELECT ${id}::int, 1
      UNION ALL
      SELECT c."id", down."depth" + 1 FROM down JOIN "Category" c ON c."parentId" = down."id" WHERE down."depth" < ${WALK_LIMIT}
    )
    SELECT max("depth")::int AS "height" FROM down`;
  return row?.height ?? 1;
}

/** A category's id with all its descendants' ids, from the in-memory tree. */
export function descendantIds(all: CategoryNode[], rootId: number): number[] {
  const ids = [rootId];
  for (let i = 0; i < ids.length; i++) for (const c of all) if (c.parentId === ids[i]) ids.push(c.id);
  return ids;
}

/** Root first, the category itself last, from the in-memory tree. */
export function ancestry<T extends { id: number; parentId: number | null }>(all: T[], category: T): T[] {
  const byId = new Map(all.map((c) => [c.id, c]));
  const trail: T[] = [];
  for (let node: T | undefined = category; node && trail.length < WALK_LIMIT; node = node.parentId === null ? undefined : byId.get(node.parentId)) {
    trail.unshift(node);
  }
  return trail;
}

export function childrenOf(all: CategoryNode[], id: number): CategoryNode[] {
  return all.filter((c) => c.parentId === id);
}

/**
 * The tree flattened for display: each category followed by its sub-categories, siblings in the
 * order of `all`; depth 1 at the top level, and each row's place among its siblings.
 */
export function treeOrder<T extends { id: number; parentId: number | null }>(all: T[]): (T & { depth: number; isFirst: boolean; isLast: boolean })[] {
  const byParent = new Map<number | null, T[]>();
  for (const c of all) byParent.set(c.parentId, [...(byParent.get(c.parentId) ?? []), c]);
  const flat: (T & { depth: number; isFirst: boolean; isLast: boolean })[] = [];
  const walk = (parentId: number | null, depth: number) => {
    const siblings = byParent.get(parentId) ?? [];
    siblings.forEach((c, index) => {
      flat.push({ ...c, depth, isFirst: index === 0, isLast: index === siblings.length - 1 });
      walk(c.id, depth + 1);
    });
  };
  walk(null, 1);
  return flat;
}
