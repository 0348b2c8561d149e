import { db, Prisma } from "@/lib/db";
import { parseStoredBody, type ArticleBody } from "@/lib/articles/body";
import { queryTerms } from "@/lib/search";
import { normalizeLine } from "@/lib/text/vietnamese";
import type { QuestionStatus } from "@/lib/db/generated/enums";
import { normaliseTrackingCode } from "./rules";

/**
 * What readers see of the questions. Every query here selects its fields by name: the sender's e-mail
 * and phone are never among them (tests/integration/questions.test.ts checks), nor the wording before
 * staff edited it. Only PUBLISHED questions are listed; the tracking page shows one question's state.
 */
export const QUESTIONS_PAGE_SIZE = 20;

export type QuestionTopicItem = { id: number; name: string; slug: string };

export async function listQuestionTopics(): Promise<QuestionTopicItem[]> {
  return db.questionTopic.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true, slug: true } });
}

export type PublishedQuestionTeaser = { id: number; title: string; text: string; askerName: string; publishedAt: Date; topic: { name: string; slug: string } };

export type QuestionListInput = { topicId: number | null; q: string; page: number };

/** Published questions, newest first, of one topic or all; with words, those matching them (diacritics ignored, as /tim-kiem). */
export async function listPublishedQuestions(
  input: QuestionListInput,
): Promise<{ total: number; page: number; pageCount: number; questions: PublishedQuestionTeaser[] }> {
  const q = normalizeLine(input.q).slice(0, 200);
  const page = Math.max(1, Math.min(99_999, Math.trunc(input.page) || 1));
  const words = queryTerms(q).length > 0;
  const topic = input.topicId === null ? Prisma.empty : Prisma.sql`AND q."topicId" = ${input.topicId}`;
  const match = words ? Prisma.sql`AND q."searchVector" @@ "article_search_query"(${q})` : Prisma.empty;
  const rows = await db.$queryRaw<(Omit<PublishedQuestionTeaser, "topic"> & { topicName: string; topicSlug: string; total: bigint })[]>`
    SELECT q."id", q."title", left(q."text", 300) AS "text", q."askerName", q."publishedAt",
           t."name" AS "topicName", t."slug" AS "topicSlug", count(*) OVER () AS "total"
      FROM "Question" q JOIN "QuestionTopic" t ON t."id" = q."topicId"
     WHERE q."status" = 'PUBLISHED' ${topic} ${match}
     ORDER BY q."publishedAt" DESC, q."id" DESC
     LIMIT ${QUESTIONS_PAGE_SIZE} OFFSET ${(page - 1) * QUESTIONS_PAGE_SIZE}`;
  const total = rows.length ? Number(rows[0]!.total) : page === 1 ? 0 : await countPublished(input.topicId, words ? q : null);
  return {
    total,
    page,
    pageCount: Math.ceil(total / QUESTIONS_PAGE_SIZE),
    questions: rows.map((r) => ({
      id: r.id,
      title: r.title,
      text: r.text,
      askerName: r.askerName,
      publishedAt: r.publishedAt,
      topic: { name: r.topicName, slug: r.topicSlug },
    })),
  };
}

async function countPublished(topicId: number | null, q: string | null): Promise<number> {
  const topic = topicId === null ? Prisma.empty : Prisma.sql`AND "topicId" = ${topicId}`;
  const match = q ? Prisma.sql`AND "searchVector" @@ "article_search_query"(${q})` : Prisma.empty;
  const [row] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Question" WHERE "status" = 'PUBLISHED' ${topic} ${match}`;
  return Number(row?.n ?? 0);
}

export type PublishedQuestion = {
  id: number;
  title: string;
  text: string;
  askerName: string;
  answer: ArticleBody;
  createdAt: Date;
  answeredAt: Date | null;
  publishedAt: Date;
  updatedAt: Date;
  topic: { name: string; slug: string };
};

const PUBLIC_FIELDS = {
  id: true,
  title: true,
  text: true,
  askerName: true,
  answer: true,
  createdAt: true,
  answeredAt: true,
  publishedAt: true,
  updatedAt: true,
  topic: { select: { name: true, slug: true } },
} as const satisfies Prisma.QuestionSelect;

export async function getPublishedQuestion(id: number): Promise<PublishedQuestion | null> {
  const row = await db.question.findFirst({ where: { id, status: "PUBLISHED" }, select: PUBLIC_FIELDS });
  if (!row || !row.publishedAt) return null;
  return { ...row, publishedAt: row.publishedAt, answer: parseStoredBody(row.answer) };
}

export type TrackedQuestion = {
  id: number;
  code: string;
  status: QuestionStatus;
  title: string;
  createdAt: Date;
  refusalReason: string | null;
  topic: { name: string };
  /** Set once published: the page of the pair, and the answer. */
  publishedId: number | null;
  answer: ArticleBody | null;
};

/** The state of a question by its tracking code, for its sender (/hoi-dap/tra-cuu/<code>); null for a code that names nothing. */
export async function trackQuestion(input: string): Promise<TrackedQuestion | null> {
  const code = normaliseTrackingCode(input);
  if (!code) return null;
  const row = await db.question.findUnique({
    where: { code },
    select: {
      id: true,
      code: true,
      status: true,
      originalTitle: true,
      title: true,
      answer: true,
      createdAt: true,
      refusalReason: true,
      topic: { select: { name: true } },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    code: row.code,
    status: row.status,
    // The sender sees their own words until the question is published, then the published wording.
    title: row.status === "PUBLISHED" ? row.title : row.originalTitle,
    createdAt: row.createdAt,
    refusalReason: row.status === "REFUSED" ? row.refusalReason : null,
    topic: row.topic,
    publishedId: row.status === "PUBLISHED" ? row.id : null,
    answer: row.status === "PUBLISHED" ? parseStoredBody(row.answer) : null,
  };
}

/** The published pairs, for the sitemap. */
/**
 * What /hoi-dap/<segment> names, for proxy.ts's missing-page check: the form and the code lookup are
 * pages; a number is a published question's page or nothing.
 */
export async function findQuestionPageId(segment: string): Promise<number | null> {
  if (segment === "gui-cau-hoi" || segment === "tra-cuu") return 0;
  if (!/^[1-9]\d{0,8}$/.test(segment)) return null;
  const row = await db.question.findFirst({ where: { id: Number(segment), status: "PUBLISHED" }, select: { id: true } });
  return row?.id ?? null;
}

export async function listPublishedQuestionIds(): Promise<{ id: number; updatedAt: Date }[]> {
  return db.question.findMany({ where: { status: "PUBLISHED" }, orderBy: { id: "asc" }, select: { id: true, updatedAt: true } });
}
