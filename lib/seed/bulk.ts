import { db, Prisma } from "@/lib/db";
import { findGeneratedImage } from "@/lib/media/library";
import { seedArticle } from "@/prisma/seed/content";
import { categoryImageKey } from "./illustrations";
import { ancestry } from "@/lib/categories/tree";

/**
 * `npm run db:seed -- --bulk N`: N more published articles spread over the category tree, for the
 * benchmark and for pagination. Generated inside the database (generate_series), CHUNK rows per
 * statement. The titles, sapos and bodies combine Vietnamese news phrases so that search has real
 * words to find. Bulk articles are older than the demo content and never in the demo article's
 * category, so the demo pages (its "Tin cùng chuyên mục", the home page's latest news) are unchanged.
 * Their featured image is the demo card of their top-level category (lib/seed/demo.ts), when there is one:
 * a handful of images for any number of articles.
 */
const CHUNK = 5_000;
const NEWEST = "2021-12-31T10:00:00+07:00";
const MINUTES_APART = 23;
export const BULK_SLUG_PREFIX = "bai-tong-hop-";

const SUBJECTS = [
  "Ban Thường vụ Tỉnh ủy",
  "Thường trực HĐND tỉnh",
  "UBND tỉnh",
  "Ủy ban MTTQ tỉnh",
  "Đảng bộ huyện Nam Đàn",
  "Thành ủy Vinh",
  "Sở Giáo dục và Đào tạo",
  "Bộ Chỉ huy Quân sự tỉnh",
  "Công an tỉnh",
  "Ban Tuyên giáo Tỉnh ủy",
  "Ủy ban Kiểm tra Tỉnh ủy",
  "Đảng bộ thị xã Cửa Lò",
  "Huyện ủy Quỳnh Lưu",
  "Sở Y tế",
  "Hội Nông dân tỉnh",
  "Tỉnh đoàn Nghệ An",
  "Đảng bộ Khối các cơ quan tỉnh",
];
const ACTIONS = [
  "họp phiên thường kỳ về",
  "triển khai nhiệm vụ",
  "sơ kết công tác",
  "tổng kết thực hiện",
  "kiểm tra, giám sát việc thực hiện",
  "quán triệt nghị quyết về",
  "làm việc với các địa phương về",
  "cho ý kiến vào đề án",
  "phát động phong trào",
  "trao đổi kinh nghiệm",
  "đẩy mạnh cải cách hành chính trong",
  "tăng cường lãnh đạo",
];
const TOPICS = [
  "xây dựng nông thôn mới",
  "chuyển đổi số",
  "phòng, chống tham nhũng, tiêu cực",
  "công tác cán bộ",
  "thu hút đầu tư",
  "giáo dục và đào tạo",
  "phát triển du lịch",
  "bảo vệ nền tảng tư tưởng của Đảng",
  "an ninh trật tự",
  "chăm sóc sức khỏe nhân dân",
  "giảm nghèo bền vững",
  "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
  "công tác dân vận",
  "phát triển kinh tế biển",
  "xây dựng Đảng bộ trong sạch, vững mạnh",
];
const PLACES = [
  "tháng 1",
  "quý I",
  "6 tháng đầu năm",
  "quý III",
  "năm 2021",
  "giai đoạn 2021 - 2025",
  "nhiệm kỳ 2020 - 2025",
  "vùng miền Tây",
  "các huyện ven biển",
];

function sqlArray(values: string[]) {
  return Prisma.sql`ARRAY[${Prisma.join(values)}]::text[]`;
}

export async function seedBulkArticles(count: number, authorId: number, log: (line: string) => void = () => undefined): Promise<number> {
  const demoCategory = await db.article.findUnique({ where: { slug: seedArticle.slug }, select: { categoryId: true } });
  const tree = await db.category.findMany({ select: { id: true, slug: true, parentId: true }, orderBy: { id: "asc" } });
  const categories = tree.filter((c) => c.id !== demoCategory?.categoryId);
  const officials = await db.official.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  if (!categories.length) throw new Error("Seed the demo content (categories) before bulk articles");
  const categoryIds = Prisma.sql`ARRAY[${Prisma.join(categories.map((c) => c.id))}]::int[]`;
  // The featured image of each category's articles, in the same order (0: none).
  const cards = await topLevelCards(tree);
  const imageIds = Prisma.sql`ARRAY[${Prisma.join(categories.map((c) => cards.get(c.id) ?? 0))}]::int[]`;
  const start = await db.article.count({ where: { slug: { startsWith: BULK_SLUG_PREFIX } } });

  let created = 0;
  for (let from = start + 1; from <= start + count; from += CHUNK) {
    const to = Math.min(start + count, from + CHUNK - 1);
    created += await db.$executeRaw`
      WITH words AS (SELECT ${sqlArray(SUBJECTS)} AS s, ${sqlArray(ACTIONS)} AS a, ${sqlArray(TOPICS)} AS t, ${sqlArray(PLACES)} AS p),
      rows AS (
        SELECT g,
               s[1 + g % array_length(s, 1)] AS subject,
               a[1 + (g / 7) % array_length(a, 1)] AS action,
               t[1 + (g / 3) % array_length(t, 1)] AS topic,
               p[1 + (g / 11) % array_length(p, 1)] AS place,
               t[1 + (g / 5 + 4) % array_length(t, 1)] AS topic2
          FROM generate_series(${from}::int, ${to}::int) AS g, words
      )
      INSERT INTO "Article" ("title", "slug", "sapo", "body", "categoryId", "featuredImageId", "authorId", "byline", "status", "publishedAt", "createdAt", "updatedAt")
      SELECT subject || ' ' || action || ' ' || topic || ' ' || place || ' (số ' || g || ')',
             ${BULK_SLUG_PREFIX}::text || g,
             'Ngày ' || (1 + g % 28) || ', ' || subject || ' đã ' || action || ' ' || topic || '; đồng thời bàn giải pháp về ' || topic2 || '.',
             jsonb_build_object('type', 'doc', 'content', jsonb_build_array(
               jsonb_build_object('type', 'paragraph', 'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text',
                 'Tham dự có đại diện lãnh đạo các sở, ban, ngành và địa phương. Hội nghị tập trung đánh giá kết quả ' || topic || ' ' || place || '.'))),
               jsonb_build_object('type', 'paragraph', 'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text',
                 'Phát biểu kết luận, đồng chí chủ trì đề nghị các cấp ủy, chính quyền tiếp tục ' || action || ' ' || topic2 || ', bảo đảm thực chất, hiệu quả.'))),
               jsonb_build_object('type', 'paragraph', 'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text',
                 'Các đại biểu thống nhất cao với dự thảo báo cáo và kiến nghị nhiều giải pháp cụ thể, sát với thực tiễn của tỉnh Nghệ An.')))
             )),
             (${categoryIds})[1 + g % ${categories.length}],
             NULLIF((${imageIds})[1 + g % ${categories.length}], 0),
             ${authorId}, 'Phóng viên Cổng TTĐT', 'PUBLISHED',
             ${new Date(NEWEST)}::timestamp - make_interval(mins => g * ${MINUTES_APART}),
             ${new Date(NEWEST)}::timestamp - make_interval(mins => g * ${MINUTES_APART}),
             ${new Date(NEWEST)}::timestamp - make_interval(mins => g * ${MINUTES_APART})
        FROM rows
      ON CONFLICT ("slug") DO NOTHING`;
    log(`  ${to - start}/${count}`);
  }
  if (officials.length) {
    const officialIds = Prisma.sql`ARRAY[${Prisma.join(officials.map((o) => o.id))}]::int[]`;
    await db.$executeRaw`
      INSERT INTO "ArticleOfficial" ("articleId", "officialId")
      SELECT a."id", (${officialIds})[1 + a."id" % ${officials.length}]
        FROM "Article" a
       WHERE a."slug" LIKE ${`${BULK_SLUG_PREFIX}%`} AND a."id" % 7 = 0
      ON CONFLICT DO NOTHING`;
  }
  return created;
}

/** Category id → the media id of its top-level category's demo card, for the categories that have one. */
async function topLevelCards(tree: { id: number; slug: string; parentId: number | null }[]): Promise<Map<number, number>> {
  const byId = new Map(tree.map((c) => [c.id, c]));
  const rootOf = (id: number) => ancestry(tree, byId.get(id)!)[0]!;
  const cardOfRoot = new Map<number, number>();
  for (const root of tree.filter((c) => c.parentId === null)) {
    const image = await findGeneratedImage(db, categoryImageKey(root.slug));
    if (image) cardOfRoot.set(root.id, image.id);
  }
  const cards = new Map<number, number>();
  for (const category of tree) {
    const card = cardOfRoot.get(rootOf(category.id).id);
    if (card) cards.set(category.id, card);
  }
  return cards;
}
