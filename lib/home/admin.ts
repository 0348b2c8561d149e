import { placeCategory } from "@/lib/categories/admin";
import { z } from "zod";
import { parseInput } from "@/lib/actions";
import { altText, checkbox, idField, optionalDateTime, optionalExpectedUpdatedAt, optionalId, optionalInt, optionalUrl } from "@/lib/forms/fields";
import { fieldMessages } from "@/lib/forms/messages";
import { recordAudit } from "@/lib/audit/log";
import { invalidate } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { authorize, type Actor } from "@/lib/people/policy";
import { BANNER_SLOTS, HOME_SLOTS } from "./slots";
import { isVisible, visibleWhere } from "@/lib/articles/visibility";

/**
 * Home page management: featured-article slots (editors and admins: "home.feature"), banners
 * ("banners.manage") and the order of category blocks ("home.manage").
 */
const slotKeys = HOME_SLOTS.map((s) => s.key) as [string, ...string[]];
const bannerSlots = BANNER_SLOTS.map((s) => s.key) as [string, ...string[]];

/** Puts a published article in a featured slot (articleId "" empties it). */
export async function setHomeSlot(actor: Actor | null, input: unknown) {
  authorize(actor, "home.feature");
  const data = parseInput(z.object({ key: z.enum(slotKeys, { error: "Vị trí không hợp lệ" }), articleId: optionalId() }), input);
  await db.$transaction(async (tx) => {
    if (data.articleId) {
      const article = await tx.article.findUnique({ where: { id: data.articleId }, select: { status: true, publishedAt: true } });
      if (!article) throw new NotFoundError("Bài viết không còn tồn tại.");
      if (!isVisible(article)) {
        throw new ValidationError("Chỉ chọn được bài đã xuất bản.", { articleId: ["Bài viết chưa được xuất bản"] });
      }
    }
    const before = await tx.homeSlot.findUnique({ where: { key: data.key } });
    await tx.homeSlot.upsert({ where: { key: data.key }, create: { key: data.key, articleId: data.articleId }, update: { articleId: data.articleId } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "home.feature",
      entity: "HomeSlot",
      entityId: data.key,
      details: { from: before?.articleId ?? null, to: data.articleId },
    });
  });
  invalidate({ kind: "home" });
}

const bannerSchema = z
  .object({
    id: optionalId(),
    /** The banner's updatedAt when its form was loaded; an edit from an older form is refused. */
    expectedUpdatedAt: optionalExpectedUpdatedAt,
    slot: z.enum(bannerSlots, { error: "Chọn vị trí hiển thị" }),
    imageUrl: optionalUrl("ảnh banner").refine((v) => v !== null, fieldMessages.required("đường dẫn ảnh")),
    linkUrl: optionalUrl("liên kết").refine((v) => v !== null, fieldMessages.required("liên kết")),
    alt: altText(300),
    startsAt: optionalDateTime("thời điểm bắt đầu"),
    endsAt: optionalDateTime("thời điểm kết thúc"),
    position: optionalInt("thứ tự", 0, 10_000).transform((n) => n ?? 0),
    active: checkbox,
  })
  .refine((b) => !b.startsAt || !b.endsAt || b.endsAt > b.startsAt, { message: "Thời điểm kết thúc phải sau thời điểm bắt đầu", path: ["endsAt"] });

export async function saveBanner(actor: Actor | null, input: unknown) {
  authorize(actor, "banners.manage");
  const data = parseInput(bannerSchema, input);
  const fields = {
    slot: data.slot,
    imageUrl: data.imageUrl,
    linkUrl: data.linkUrl!,
    alt: data.alt,
    startsAt: data.startsAt,
    endsAt: data.endsAt,
    position: data.position,
    active: data.active,
  };
  const banner = await db.$transaction(async (tx) => {
    let saved;
    if (data.id) {
      if (!(await tx.banner.findUnique({ where: { id: data.id } }))) throw new NotFoundError("Banner không còn tồn tại.");
      // Every field is posted: a form loaded before someone else's save would silently undo it.
      const { count } = await tx.banner.updateMany({ where: { id: data.id, updatedAt: data.expectedUpdatedAt ?? new Date(0) }, data: fields });
      if (count !== 1) throw new ConflictError("Banner vừa được người khác sửa. Hãy tải lại trang để xem bản mới rồi sửa lại.");
      saved = await tx.banner.findUniqueOrThrow({ where: { id: data.id } });
    } else {
      saved = await tx.banner.create({ data: fields });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: data.id ? "banner.update" : "banner.create",
      entity: "Banner",
      entityId: saved.id,
      details: { slot: saved.slot, alt: saved.alt },
    });
    return saved;
  });
  invalidate({ kind: "banners" });
  return banner;
}

export async function deleteBanner(actor: Actor | null, input: unknown) {
  authorize(actor, "banners.manage");
  const { id } = parseInput(z.object({ id: idField("banner") }), input);
  await db.$transaction(async (tx) => {
    const banner = await tx.banner.findUnique({ where: { id } });
    if (!banner) throw new NotFoundError("Banner không còn tồn tại.");
    await tx.banner.delete({ where: { id } });
    await recordAudit(tx, { actorId: actor.id, action: "banner.delete", entity: "Banner", entityId: id, details: { slot: banner.slot, alt: banner.alt } });
  });
  invalidate({ kind: "banners" });
}

/**
 * Sets which root categories get a block on the home page and in what order: `block[<categoryId>]`
 * holds a position number, "" for no block.
 */
export async function setCategoryBlocks(actor: Actor | null, input: unknown) {
  authorize(actor, "home.manage");
  const values = z.record(z.string(), z.unknown()).parse(input ?? {});
  const entries: { categoryId: number; homePosition: number | null }[] = [];
  const fieldErrors: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(values)) {
    const match = /^block\[(\d+)\]$/.exec(key);
    if (!match) continue;
    const parsed = optionalInt("thứ tự", 0, 1000).safeParse(value);
    if (parsed.success) entries.push({ categoryId: Number(match[1]), homePosition: parsed.data });
    else fieldErrors[key] = parsed.error.issues.map((i) => i.message);
  }
  if (Object.keys(fieldErrors).length) throw new ValidationError("Thứ tự phải là số từ 0 đến 1000.", fieldErrors);
  await db.$transaction(async (tx) => {
    for (const entry of entries) {
      const count = await placeCategory(tx, entry.categoryId, { homePosition: entry.homePosition });
      if (count !== 1) throw new NotFoundError("Có chuyên mục không còn tồn tại, hãy tải lại trang.");
    }
    await recordAudit(tx, { actorId: actor.id, action: "home.category_blocks", entity: "Category", details: { blocks: entries } });
  });
  invalidate({ kind: "home" });
}

export async function getHomeAdminData() {
  const [slots, articles, banners, categories] = await Promise.all([
    db.homeSlot.findMany({ include: { article: { select: { id: true, title: true } } } }),
    db.article.findMany({
      where: visibleWhere(),
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take: 100,
      select: { id: true, title: true },
    }),
    db.banner.findMany({ orderBy: [{ slot: "asc" }, { position: "asc" }, { id: "asc" }] }),
    db.category.findMany({
      where: { parentId: null },
      orderBy: [{ homePosition: { sort: "asc", nulls: "last" } }, { position: "asc" }],
      select: { id: true, name: true, homePosition: true },
    }),
  ]);
  return { slots, articles, banners, categories };
}
