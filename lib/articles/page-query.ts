import { db, Prisma } from "@/lib/db";
import type { ArticleStatus } from "@/lib/db/generated/enums";
import { parseStoredBody } from "./body";
import { visibleSql } from "./visibility";
import type { TeaserImage } from "./teaser";

/**
 * One article with everything its page shows (category and its ancestors, author, featured image,
 * officials mentioned with their positions), in one hand-written statement. Prisma's relation-join SQL
 * for the same include is planned afresh on every call and its planning alone cost more than the whole
 * query here (measured with EXPLAIN: ~10–20 ms against ~1 ms), on PostgreSQL and even more in PGlite,
 * which plans on the server's own thread.
 */
export async function findArticleWithEverything(id: number, { publishedOnly }: { publishedOnly: boolean }) {
  const published = publishedOnly ? Prisma.sql`AND ${visibleSql("a")}` : Prisma.empty;
  const [row] = await db.$queryRaw<Row[]>`
    SELECT a."id", a."slug", a."title", a."sapo", a."body", a."byline", a."status"::text AS "status",
           a."publishedAt", a."updatedAt", a."viewCount", a."seoTitle", a."seoDescription",
           a."featuredImageId", a."featuredImageCaption", a."categoryId", a."authorId",
           json_build_object('displayName', u."displayName", 'slug', u."slug") AS "author",
           CASE WHEN m."id" IS NULL THEN NULL
                ELSE json_build_object('path', m."path", 'variants', m."variants", 'alt', m."alt", 'width', m."width", 'height', m."height",
                                       'credit', m."credit") END AS "featuredImage",
           json_build_object('id', c."id", 'name', c."name", 'slug', c."slug", 'parent',
             CASE WHEN p."id" IS NULL THEN NULL ELSE json_build_object('id', p."id", 'name', p."name", 'slug', p."slug", 'parent',
               CASE WHEN g."id" IS NULL THEN NULL ELSE json_build_object('id', g."id", 'name', g."name", 'slug', g."slug", 'parent', NULL) END) END
           ) AS "category",
           COALESCE((
             SELECT json_agg(json_build_object('official', json_build_object(
                      'id', o."id", 'slug', o."slug", 'fullName', o."fullName",
                      'positions', COALESCE((
                        SELECT json_agg(json_build_object('title', op."title", 'organisation', op."organisation",
                                                          'startDate', op."startDate", 'endDate', op."endDate", 'order', op."order")
                                        ORDER BY op."startDate", op."id")
                          FROM "OfficialPosition" op WHERE op."officialId" = o."id"), '[]'::json)))
                    ORDER BY o."id")
               FROM "ArticleOfficial" ao JOIN "Official" o ON o."id" = ao."officialId"
              WHERE ao."articleId" = a."id"), '[]'::json) AS "officials"
      FROM "Article" a
      JOIN "User" u ON u."id" = a."authorId"
      JOIN "Category" c ON c."id" = a."categoryId"
      LEFT JOIN "Category" p ON p."id" = c."parentId"
      LEFT JOIN "Category" g ON g."id" = p."parentId"
      LEFT JOIN "Media" m ON m."id" = a."featuredImageId"
     WHERE a."id" = ${id} ${published}`;
  return row ? toArticle(row) : null;
}

type CategoryNode = { id: number; name: string; slug: string; parent: CategoryNode | null };
type PositionJson = { title: string; organisation: string; startDate: string; endDate: string | null; order: number };

type Row = {
  id: number;
  slug: string;
  title: string;
  sapo: string;
  body: unknown;
  byline: string | null;
  status: ArticleStatus;
  publishedAt: Date | null;
  updatedAt: Date;
  viewCount: number;
  seoTitle: string | null;
  seoDescription: string | null;
  featuredImageId: number | null;
  featuredImageCaption: string | null;
  categoryId: number;
  authorId: number;
  author: { displayName: string; slug: string };
  featuredImage: (TeaserImage & { credit: string | null }) | null;
  category: CategoryNode;
  officials: { official: { id: number; slug: string; fullName: string; positions: PositionJson[] } }[];
};

/** JSON carries dates as text: positions' dates become Dates again, as every other date the page reads. */
function toArticle(row: Row) {
  const officials = row.officials.map(({ official }) => ({
    official: {
      ...official,
      positions: official.positions.map((position) => ({
        ...position,
        startDate: new Date(position.startDate),
        endDate: position.endDate === null ? null : new Date(position.endDate),
      })),
    },
  }));
  return { ...row, officials, body: parseStoredBody(row.body) };
}
