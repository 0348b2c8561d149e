import { z } from "zod";
import { parseInput } from "@/lib/actions";
import { applyChanges } from "@/lib/articles/changes";
import { moveArticlesBetweenCategories } from "@/lib/articles/editing";
import { checkbox, expectedUpdatedAt, idField, nullableLine, optionalId, optionalText, requiredLine, slugField } from "@/lib/forms/fields";
import { recordAudit } from "@/lib/audit/log";
import { invalidate } from "@/lib/cache/tags";
import { db, type Tx } from "@/lib/db";
import { lockForWrite } from "@/lib/db/write-lock";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { authorize, type Actor } from "@/lib/people/policy";
import { addRedirect, removeRedirectFrom } from "@/lib/redirects";
import { assertSlugFree, slugFrom, slugged } from "@/lib/slugs";
import { categoryPath } from "./breadcrumb";
import { ancestorChains, ancestorIds, depthOf, heightOf, treeOrder, withAncestors } from "./tree";

/** Category trees are at most this many levels deep. */
export const MAX_CATEGORY_DEPTH = 3;

const categoryFields = {
  name: requiredLine("tên chuyên mục", 120),
  slug: slugField,
  parentId: optionalId(),
  description: optionalText("mô tả", 2000),
  showInMenu: checkbox,
  seoTitle: nullableLine("tiêu đề SEO", 200),
  seoDescription: nullableLine("mô tả SEO", 400),
};

const createSchema = z.object(categoryFields);
const updateSchema = z.object({ id: idField("chuyên mục"), expectedUpdatedAt, ...categoryFields });

export async function createCategory(actor: Actor | null, input: unknown) {
  authorize(actor, "categories.manage");
  const data = parseInput(createSchema, input);
  const slug = slugFrom(data.name, data.slug);
  const category = await db.$transaction(async (tx) => {
    await lockForWrite(tx, "categories");
    await assertSlugFree(tx, slugged.category, slug, null);
    await removeRedirectFrom(tx, categoryPath({ slug }));
    const depth = data.parentId ? await depthOf(tx, data.parentId) : 0;
    if (depth + 1 > MAX_CATEGORY_DEPTH) throw tooDeep();
    const last = await tx.category.aggregate({ where: { parentId: data.parentId }, _max: { position: true } });
    const created = await tx.category.create({
      data: { ...data, slug, position: (last._max.position ?? -1) + 1 },
    });
    await recordAudit(tx, { actorId: actor.id, action: "category.create", entity: "Category", entityId: created.id, details: { name: created.name, slug } });
    return created;
  });
  invalidate({ kind: "category", categoryIds: await withAncestors(db, [category.id]) });
  return category;
}

/**
 * Renames, re-slugs, moves and edits a category. A changed slug leaves a 301 redirect from the old
 * path; a move is refused when it would make a cycle or a tree deeper than three levels.
 */
export async function updateCategory(actor: Actor | null, input: unknown) {
  authorize(actor, "categories.manage");
  const data = parseInput(updateSchema, input);
  const slug = slugFrom(data.name, data.slug);
  const { before, after } = await db.$transaction(async (tx) => {
    await lockForWrite(tx, "categories");
    const before = await tx.category.findUnique({ where: { id: data.id } });
    if (!before) throw new NotFoundError("Chuyên mục không còn tồn tại.");
    if (before.updatedAt.getTime() !== data.expectedUpdatedAt.getTime()) throw staleError();
    await assertSlugFree(tx, slugged.category, slug, before.id);
    if (data.parentId !== before.parentId) await assertMovable(tx, before.id, data.parentId);
    let position = before.position;
    if (data.parentId !== before.parentId) {
      const last = await tx.category.aggregate({ where: { parentId: data.parentId }, _max: { position: true } });
      position = (last._max.position ?? -1) + 1;
    }
    const { count } = await tx.category.updateMany({
      where: { id: before.id, updatedAt: before.updatedAt },
      data: {
        name: data.name,
        slug,
        parentId: data.parentId,
        position,
        description: data.description,
        showInMenu: data.showInMenu,
        seoTitle: data.seoTitle,
        seoDescription: data.seoDescription,
      },
    });
    if (count !== 1) throw staleError();
    if (slug !== before.slug) await addRedirect(tx, categoryPath(before), categoryPath({ slug }));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "category.update",
      entity: "Category",
      entityId: before.id,
      details: { from: { name: before.name, slug: before.slug, parentId: before.parentId }, to: { name: data.name, slug, parentId: data.parentId } },
    });
    return { before, after: await tx.category.findUniqueOrThrow({ where: { id: before.id } }) };
  });
  const affected = [before.id, ...(before.parentId ? [before.parentId] : []), ...(after.parentId ? [after.parentId] : [])];
  invalidate({ kind: "category", categoryIds: await withAncestors(db, affected) });
  return after;
}

/**
 * Where a category is shown (its place among its siblings, its home-page block) is not an edit of
 * the category: written without touching "updatedAt", which the edit form's conflict check compares,
 * so an admin editing the category meanwhile is not told someone else changed it. Returns the count.
 */
export async function placeCategory(tx: Tx, id: number, place: { position: number } | { homePosition: number | null }): Promise<number> {
  return "position" in place
    ? tx.$executeRaw`UPDATE "Category" SET "position" = ${place.position} WHERE "id" = ${id}`
    : tx.$executeRaw`UPDATE "Category" SET "homePosition" = ${place.homePosition} WHERE "id" = ${id}`;
}

/** Moves a category one place up or down among its siblings. */
export async function reorderCategory(actor: Actor | null, input: unknown) {
  authorize(actor, "categories.manage");
  const data = parseInput(z.object({ id: idField("chuyên mục"), direction: z.enum(["up", "down"]) }), input);
  const parentId = await db.$transaction(async (tx) => {
    await lockForWrite(tx, "categories");
    const category = await tx.category.findUnique({ where: { id: data.id } });
    if (!category) throw new NotFoundError("Chuyên mục không còn tồn tại.");
    const siblings = await tx.category.findMany({
      where: { parentId: category.parentId },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    const ids = siblings.map((s) => s.id);
    const index = ids.indexOf(category.id);
    const target = data.direction === "up" ? index - 1 : index + 1;
    if (target < 0 || target >= ids.length) return category.parentId;
    [ids[index], ids[target]] = [ids[target]!, ids[index]!];
    for (const [position, id] of ids.entries()) await placeCategory(tx, id, { position });
    await recordAudit(tx, { actorId: actor.id, action: "category.reorder", entity: "Category", entityId: category.id, details: { direction: data.direction } });
    return category.parentId;
  });
  invalidate({ kind: "category", categoryIds: await withAncestors(db, [data.id, ...(parentId ? [parentId] : [])]) });
}

/**
 * Deletes an empty category. One that still has articles or sub-categories is refused: the admin
 * moves them first (moveCategoryContents).
 */
export async function deleteCategory(actor: Actor | null, input: unknown) {
  authorize(actor, "categories.manage");
  const { id } = parseInput(z.object({ id: idField("chuyên mục") }), input);
  const parentId = await db.$transaction(async (tx) => {
    await lockForWrite(tx, "categories");
    const category = await tx.category.findUnique({
      where: { id },
      include: { _count: { select: { articles: true, children: true } } },
    });
    if (!category) throw new NotFoundError("Chuyên mục không còn tồn tại.");
    const { articles, children } = category._count;
    if (articles || children) {
      const parts = [articles ? `${articles} bài viết` : null, children ? `${children} chuyên mục con` : null].filter(Boolean).join(" và ");
      throw new ConflictError(`Không thể xoá "${category.name}" vì còn ${parts}. Hãy chuyển chúng sang chuyên mục khác trước khi xoá.`, { articles, children });
    }
    await tx.category.delete({ where: { id } });
    await tx.redirect.deleteMany({ where: { toPath: categoryPath(category) } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "category.delete",
      entity: "Category",
      entityId: id,
      details: { name: category.name, slug: category.slug },
    });
    return category.parentId;
  });
  invalidate({ kind: "category", categoryIds: [id, ...(parentId ? await withAncestors(db, [parentId]) : [])] });
}

/** Moves every article and sub-category of one category into another, so the first can be deleted. */
export async function moveCategoryContents(actor: Actor | null, input: unknown) {
  authorize(actor, "categories.manage");
  const data = parseInput(z.object({ fromId: idField("chuyên mục"), toId: idField("chuyên mục đích") }), input);
  if (data.fromId === data.toId) throw new ValidationError("Chuyên mục đích phải khác chuyên mục nguồn.", { toId: ["Chọn một chuyên mục khác"] });
  const moved = await db.$transaction(async (tx) => {
    await lockForWrite(tx, "categories");
    const [from, to] = await Promise.all([tx.category.findUnique({ where: { id: data.fromId } }), tx.category.findUnique({ where: { id: data.toId } })]);
    if (!from || !to) throw new NotFoundError("Chuyên mục không còn tồn tại.");
    if ((await ancestorIds(tx, to.id)).includes(from.id)) {
      throw new ValidationError(`"${to.name}" nằm trong "${from.name}": hãy chọn một chuyên mục ngoài "${from.name}".`, {
        toId: [`Chọn một chuyên mục không nằm trong "${from.name}"`],
      });
    }
    const children = await tx.category.findMany({ where: { parentId: from.id }, select: { id: true } });
    for (const child of children) await assertMovable(tx, child.id, to.id);
    const last = await tx.category.aggregate({ where: { parentId: to.id }, _max: { position: true } });
    let position = (last._max.position ?? -1) + 1;
    for (const child of children) await tx.category.update({ where: { id: child.id }, data: { parentId: to.id, position: position++ } });
    const { articleIds, changes } = await moveArticlesBetweenCategories(tx, actor.id, from, to);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "category.move_contents",
      entity: "Category",
      entityId: from.id,
      details: { toId: to.id, articles: articleIds.length, children: children.length },
    });
    return { articleIds, changes, childIds: children.map((c) => c.id) };
  });
  invalidate({ kind: "category", categoryIds: await withAncestors(db, [data.fromId, data.toId, ...moved.childIds]) });
  applyChanges(moved.changes);
  return { articles: moved.articleIds.length, children: moved.childIds.length };
}

/** Refuses a move under itself or a descendant, and one that makes the tree deeper than allowed. */
async function assertMovable(tx: Tx, id: number, newParentId: number | null) {
  if (newParentId === null) {
    if ((await heightOf(tx, id)) > MAX_CATEGORY_DEPTH) throw tooDeep();
    return;
  }
  const chain = (await ancestorChains(tx, [newParentId])).get(newParentId);
  if (!chain) throw new NotFoundError("Chuyên mục cha không còn tồn tại.");
  if (chain.includes(id)) {
    throw new ValidationError("Không thể chuyển chuyên mục vào chính nó hoặc chuyên mục con của nó.", {
      parentId: ["Chọn một chuyên mục cha khác"],
    });
  }
  if (chain.length + (await heightOf(tx, id)) > MAX_CATEGORY_DEPTH) throw tooDeep();
}

function tooDeep() {
  return new ValidationError(`Cây chuyên mục tối đa ${MAX_CATEGORY_DEPTH} cấp.`, { parentId: [`Chuyên mục chỉ được lồng tối đa ${MAX_CATEGORY_DEPTH} cấp`] });
}

function staleError() {
  return new ConflictError("Chuyên mục vừa được người khác sửa. Hãy tải lại trang để xem bản mới rồi sửa lại.");
}

/** The whole tree, flattened in display order with each row's depth (for the admin screen and selects). */
export async function listCategoryTree() {
  const rows = await db.category.findMany({
    orderBy: [{ position: "asc" }, { id: "asc" }],
    include: { _count: { select: { articles: true, children: true } } },
  });
  return treeOrder(rows);
}
