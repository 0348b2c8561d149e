import { bodyFromParagraphs, bodyToJson } from "@/lib/articles/body";
import type { Tx } from "@/lib/db";
import { pruneGeneratedImages, storeGeneratedImage } from "@/lib/media/library";
import { mediaUrl } from "@/lib/media/urls";
import { normalizeLine, normalizeText } from "@/lib/text/vietnamese";
import {
  banners,
  categories,
  homeCategoryOrder,
  officialGroups,
  officials,
  sameCategoryArticles,
  seedArticle,
  type SeedArticle,
  type SeedCategory,
} from "@/prisma/seed/content";
import { seedDemoSchedule } from "./schedule";
import { seedDemoQuestions } from "./questions";
import { seedDemoConsultations } from "./consultations";
import { seedDemoDocuments } from "./documents";
import { categoryCard, categoryImageKey, ILLUSTRATION_CREDIT, portraitCard, portraitImageKey, type Drawing } from "./illustrations";

/**
 * Demo content from the scraped portal page (../shared/seed): the category tree, officials with dated
 * positions, the seed article and its 15 same-category articles, and demo illustrations (a card per
 * category for featured images, a portrait card per official) drawn now and stored in the media
 * library like uploads, and the "Hỏi đáp" topics with a dozen answered questions (./questions.ts), and an open and a closed
 * consultation on a draft (./consultations.ts), and fourteen documents with their lists and
 * relations (./documents.ts). Idempotent: rows are matched by slug (images by key and drawing) and brought
 * back to the seed's state.
 */
export async function seedDemoContent(
  tx: Tx,
  authorId: number,
): Promise<{ articles: number; categories: number; officials: number; images: number; questions: number }> {
  const categoryCount = await seedCategories(tx, categories, null);
  const articles = [seedArticle, ...sameCategoryArticles];
  const illustrate = (key: string, name: string, drawing: Drawing, meta: { alt: string; caption: string }) =>
    storeGeneratedImage(tx, {
      key,
      fingerprint: drawing.fingerprint,
      render: drawing.render,
      name,
      meta: { ...meta, credit: ILLUSTRATION_CREDIT },
      uploaderId: authorId,
    });
  const cards = await seedCategoryCards(tx, articles, illustrate);
  const { ids: officialIds, portraitIds } = await seedOfficials(tx, illustrate);
  for (const article of articles) await seedArticleRow(tx, article, authorId, officialIds, cards.get(article.categorySlug)!);
  await seedOfficialGroups(tx);
  await seedDemoSchedule(tx, officialIds);
  await seedHomePage(tx);
  const questions = await seedDemoQuestions(tx, authorId);
  await seedDemoConsultations(tx, authorId);
  await seedDemoDocuments(tx, authorId);
  const imageIds = [...[...cards.values()].map((card) => card.id), ...portraitIds];
  await pruneGeneratedImages(tx, imageIds);
  return { articles: articles.length, categories: categoryCount, officials: officialIds.size, images: imageIds.length, questions };
}

type Illustrate = (
  key: string,
  name: string,
  drawing: Drawing,
  meta: { alt: string; caption: string },
) => Promise<{ id: number; path: string; caption: string | null }>;

/**
 * One card per top-level category (bulk articles reuse them, lib/seed/bulk.ts) and per category of the
 * demo articles, which all share their category's card.
 */
async function seedCategoryCards(tx: Tx, articles: SeedArticle[], illustrate: Illustrate) {
  const slugs = [...new Set([...categories.map((c) => c.slug), ...articles.map((a) => a.categorySlug)])];
  const rows = await tx.category.findMany({ where: { slug: { in: slugs } }, select: { slug: true, name: true } });
  const names = new Map(rows.map((row) => [row.slug, row.name]));
  const cards = new Map<string, { id: number; caption: string | null }>();
  for (const [variant, slug] of slugs.entries()) {
    const name = names.get(slug)!;
    const card = await illustrate(categoryImageKey(slug), `minh-hoa-${slug}.png`, categoryCard({ category: name, variant }), {
      alt: `Ảnh minh hoạ: tấm thẻ nền đỏ viền vàng ghi tên chuyên mục “${name}”`,
      caption: `Chuyên mục ${name}`,
    });
    cards.set(slug, card);
  }
  return cards;
}

async function seedCategories(tx: Tx, nodes: SeedCategory[], parentId: number | null): Promise<number> {
  let count = 0;
  for (const [position, node] of nodes.entries()) {
    const data = {
      name: normalizeLine(node.name),
      description: normalizeText(node.description),
      showInMenu: node.showInMenu,
      parentId,
      position,
    };
    const row = await tx.category.upsert({ where: { slug: node.slug }, create: { slug: node.slug, ...data }, update: data });
    count += 1 + (await seedCategories(tx, node.children ?? [], row.id));
  }
  return count;
}

async function seedOfficials(tx: Tx, illustrate: Illustrate): Promise<{ ids: Map<string, number>; portraitIds: number[] }> {
  const ids = new Map<string, number>();
  const portraitIds: number[] = [];
  for (const [variant, official] of officials.entries()) {
    const fullName = normalizeLine(official.fullName);
    const portrait = await illustrate(portraitImageKey(official.slug), `chan-dung-${official.slug}.png`, portraitCard({ name: fullName, variant }), {
      alt: `Ảnh chân dung minh hoạ: hình người cách điệu trên nền đỏ, ghi tên ${fullName}`,
      caption: fullName,
    });
    portraitIds.push(portrait.id);
    const data = {
      fullName,
      portrait: mediaUrl(portrait.path),
      familyName: normalizeLine(official.familyName),
      givenName: normalizeLine(official.givenName),
      biography: normalizeText(official.biography),
      birthYear: official.birthYear,
      homeTown: official.homeTown && normalizeLine(official.homeTown),
    };
    const row = await tx.official.upsert({ where: { slug: official.slug }, create: { slug: official.slug, ...data }, update: data });
    await tx.officialPosition.deleteMany({ where: { officialId: row.id } });
    await tx.officialPosition.createMany({
      data: official.positions.map((position) => ({
        officialId: row.id,
        title: normalizeLine(position.title),
        organisation: normalizeLine(position.organisation),
        startDate: new Date(`${position.startDate}T00:00:00Z`),
        endDate: position.endDate ? new Date(`${position.endDate}T00:00:00Z`) : null,
        order: position.order,
      })),
    });
    ids.set(official.slug, row.id);
  }
  return { ids, portraitIds };
}

async function seedArticleRow(tx: Tx, article: SeedArticle, authorId: number, officialIds: Map<string, number>, image: { id: number; caption: string | null }) {
  const category = await tx.category.findUniqueOrThrow({ where: { slug: article.categorySlug }, select: { id: true } });
  const publishedAt = new Date(article.publishedAt);
  const data = {
    title: normalizeLine(article.title),
    sapo: normalizeText(article.sapo),
    body: bodyToJson(bodyFromParagraphs(article.paragraphs)),
    byline: normalizeLine(article.byline),
    featuredImageId: image.id,
    featuredImageCaption: image.caption,
    categoryId: category.id,
    authorId,
    status: "PUBLISHED" as const,
    publishedAt,
    createdAt: publishedAt,
  };
  const row = await tx.article.upsert({ where: { slug: article.slug }, create: { slug: article.slug, ...data }, update: data });
  await tx.articleOfficial.deleteMany({ where: { articleId: row.id } });
  const mentioned = article.officialSlugs.map((slug) => officialIds.get(slug)).filter((id): id is number => id !== undefined);
  if (mentioned.length) {
    await tx.articleOfficial.createMany({ data: mentioned.map((officialId) => ({ articleId: row.id, officialId })) });
  }
  const hasRevision = await tx.articleRevision.findFirst({ where: { articleId: row.id }, select: { id: true } });
  if (!hasRevision) {
    await tx.articleRevision.create({
      data: { articleId: row.id, title: data.title, sapo: data.sapo, body: data.body, status: "PUBLISHED", authorId, note: "Dữ liệu mẫu" },
    });
  }
}

/** The /lanh-dao directory: groups in display order, each official placed in protocol order. */
async function seedOfficialGroups(tx: Tx) {
  for (const [position, group] of officialGroups.entries()) {
    const data = { name: normalizeLine(group.name), position };
    const row = await tx.officialGroup.upsert({ where: { slug: group.slug }, create: { slug: group.slug, ...data }, update: data });
    for (const [order, slug] of group.officialSlugs.entries()) {
      await tx.official.update({ where: { slug }, data: { groupId: row.id, position: order } });
    }
  }
}

/** Home page: the lead slot holds the seed article, top-level categories get blocks, one demo banner. */
async function seedHomePage(tx: Tx) {
  const lead = await tx.article.findUniqueOrThrow({ where: { slug: seedArticle.slug }, select: { id: true } });
  await tx.homeSlot.upsert({ where: { key: "Home-latest-1" }, create: { key: "Home-latest-1", articleId: lead.id }, update: { articleId: lead.id } });
  for (const [homePosition, slug] of homeCategoryOrder.entries()) {
    await tx.category.update({ where: { slug }, data: { homePosition } });
  }
  for (const [position, banner] of banners.entries()) {
    // By image only: the demo banner was once seeded in a slot name the site does not know ("home-sidebar").
    const existing = await tx.banner.findFirst({ where: { imageUrl: banner.imageUrl }, orderBy: { id: "asc" }, select: { id: true } });
    const data = { slot: banner.slot, imageUrl: banner.imageUrl, linkUrl: banner.linkUrl, alt: normalizeLine(banner.alt), position, active: true };
    if (existing) await tx.banner.update({ where: { id: existing.id }, data });
    else await tx.banner.create({ data });
  }
}
