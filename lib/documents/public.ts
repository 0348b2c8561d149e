import { db, Prisma } from "@/lib/db";
import type { DocumentRelationKind } from "@/lib/db/generated/enums";
import { queryTerms } from "@/lib/search";
import { normalizeLine } from "@/lib/text/vietnamese";
import type { DocumentFilters } from "./filters";
import { looksLikeNumber, numberKey } from "./number";
import { DOCUMENTS_PAGE_SIZE } from "./rules";
import { actingSql, documentStatus, statusCaseSql, type DocumentStatus } from "./status";

/**
 * What readers see of the documents: only published ones, and of their relations only those with
 * another published document. `today` is Vietnam's calendar day (UTC midnight) the statuses are
 * derived for; the cached reads pass it, so a status turns at midnight without anyone publishing.
 */
export type DocumentTeaser = {
  id: number;
  slug: string;
  number: string;
  summary: string;
  issuedOn: Date;
  typeName: string;
  bodyName: string;
  status: DocumentStatus;
  /** The document whose number and symbol the search is. */
  exact: boolean;
};

export async function listPublishedDocuments(
  filters: DocumentFilters,
  today: Date,
): Promise<{ total: number; page: number; pageCount: number; documents: DocumentTeaser[] }> {
  const q = normalizeLine(filters.q).slice(0, 200);
  const key = looksLikeNumber(q) ? numberKey(q) : "";
  const words = queryTerms(q).length > 0;
  const conditions = [
    filters.type ? Prisma.sql`AND d."typeId" = (SELECT "id" FROM "DocumentType" WHERE "slug" = ${filters.type})` : Prisma.empty,
    filters.body ? Prisma.sql`AND d."issuingBodyId" = (SELECT "id" FROM "IssuingBody" WHERE "slug" = ${filters.body})` : Prisma.empty,
    filters.field ? Prisma.sql`AND d."field" = ${filters.field}` : Prisma.empty,
    filters.year ? Prisma.sql`AND d."issuedOn" >= make_date(${filters.year}, 1, 1) AND d."issuedOn" < make_date(${filters.year + 1}, 1, 1)` : Prisma.empty,
    words ? Prisma.sql`AND (d."numberKey" = ${key} OR d."searchVector" @@ "article_search_query"(${q}))` : Prisma.empty,
  ];
  const status = filters.status ? Prisma.sql`WHERE "status" = ${filters.status}` : Prisma.empty;
  // The page is chosen over narrow rows (id, date, status), then only its 20 rows are read in full.
  const rows = await db.$queryRaw<(Omit<DocumentTeaser, "status"> & { status: string; total: bigint })[]>`
    WITH acting AS MATERIALIZED (${actingSql(today)}),
    matched AS (
      SELECT d."id", d."issuedOn", (d."numberKey" = ${key}) AS "exact", (${statusCaseSql(today)}) AS "status"
        FROM "LegalDocument" d LEFT JOIN acting a ON a."id" = d."id"
       WHERE d."publishedAt" IS NOT NULL ${Prisma.join(conditions, " ")}
    ),
    page AS (
      SELECT *, count(*) OVER () AS "total" FROM matched ${status}
       ORDER BY "exact" DESC, "issuedOn" DESC, "id" DESC
       LIMIT ${DOCUMENTS_PAGE_SIZE} OFFSET ${(filters.page - 1) * DOCUMENTS_PAGE_SIZE}
    )
    SELECT p."id", p."issuedOn", p."exact", p."status", p."total", d."slug", d."number", left(d."summary", 400) AS "summary",
           t."name" AS "typeName", b."name" AS "bodyName"
      FROM page p
      JOIN "LegalDocument" d ON d."id" = p."id"
      JOIN "DocumentType" t ON t."id" = d."typeId"
      JOIN "IssuingBody" b ON b."id" = d."issuingBodyId"
     ORDER BY p."exact" DESC, p."issuedOn" DESC, p."id" DESC`;
  // A page past the last has no rows to carry the count: the first page's says how many there are.
  const total = rows.length ? Number(rows[0]!.total) : filters.page > 1 ? (await listPublishedDocuments({ ...filters, page: 1 }, today)).total : 0;
  return {
    total,
    page: filters.page,
    pageCount: Math.ceil(total / DOCUMENTS_PAGE_SIZE),
    documents: rows.map((row) => ({
      id: row.id,
      slug: row.slug,
      number: row.number,
      summary: row.summary,
      issuedOn: row.issuedOn,
      typeName: row.typeName,
      bodyName: row.bodyName,
      status: row.status as DocumentStatus,
      exact: row.exact,
    })),
  };
}

/** The values the filters offer: the types and bodies in their order, the fields and years of published documents. */
export async function documentFacets() {
  const order = [{ position: "asc" as const }, { name: "asc" as const }];
  const published = { documents: { some: { publishedAt: { not: null } } } };
  const [types, bodies, fields, years] = await Promise.all([
    db.documentType.findMany({ where: published, orderBy: order, select: { slug: true, name: true } }),
    db.issuingBody.findMany({ where: published, orderBy: order, select: { slug: true, name: true } }),
    db.legalDocument.findMany({
      where: { publishedAt: { not: null }, field: { not: null } },
      distinct: ["field"],
      orderBy: { field: "asc" },
      select: { field: true },
    }),
    db.$queryRaw<
      { year: number }[]
    >`SELECT DISTINCT extract(year FROM "issuedOn")::int AS "year" FROM "LegalDocument" WHERE "publishedAt" IS NOT NULL ORDER BY 1 DESC`,
  ]);
  return { types, bodies, fields: fields.map((f) => f.field!), years: years.map((y) => y.year) };
}

const RELATED = {
  select: { id: true, slug: true, number: true, summary: true, issuedOn: true, effectiveOn: true, expiresOn: true, publishedAt: true },
} as const;

export type RelatedDocument = {
  relationId: number;
  kind: DocumentRelationKind;
  side: "source" | "target";
  id: number;
  slug: string;
  number: string;
  summary: string;
};

export async function getPublishedDocument(id: number, today: Date) {
  const row = await db.legalDocument.findFirst({
    where: { id, publishedAt: { not: null } },
    select: {
      id: true,
      slug: true,
      number: true,
      summary: true,
      field: true,
      issuedOn: true,
      effectiveOn: true,
      expiresOn: true,
      publishedAt: true,
      updatedAt: true,
      signerName: true,
      signer: { select: { slug: true, fullName: true } },
      type: { select: { name: true, slug: true } },
      issuingBody: { select: { name: true, slug: true } },
      files: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, fileName: true, mime: true, size: true, hasText: true } },
      actsOn: { orderBy: { id: "asc" }, select: { id: true, kind: true, target: RELATED } },
      actedOnBy: { orderBy: { id: "asc" }, select: { id: true, kind: true, source: RELATED } },
    },
  });
  if (!row) return null;
  const actedOnBy = row.actedOnBy.filter((r) => r.source.publishedAt !== null);
  const status = documentStatus(
    row,
    actedOnBy.map((r) => ({ ...r.source, kind: r.kind })),
    today,
  );
  const related: RelatedDocument[] = [
    ...row.actsOn.filter((r) => r.target.publishedAt !== null).map((r) => ({ relationId: r.id, kind: r.kind, side: "source" as const, ...pick(r.target) })),
    ...actedOnBy.map((r) => ({ relationId: r.id, kind: r.kind, side: "target" as const, ...pick(r.source) })),
  ];
  return {
    id: row.id,
    slug: row.slug,
    number: row.number,
    summary: row.summary,
    field: row.field,
    issuedOn: row.issuedOn,
    effectiveOn: row.effectiveOn,
    expiresOn: row.expiresOn,
    publishedAt: row.publishedAt!,
    updatedAt: row.updatedAt,
    signer: row.signer,
    signerName: row.signerName,
    type: row.type,
    issuingBody: row.issuingBody,
    files: row.files,
    status,
    related,
  };
}

export type PublishedDocument = NonNullable<Awaited<ReturnType<typeof getPublishedDocument>>>;

const pick = (d: { id: number; slug: string; number: string; summary: string }) => ({ id: d.id, slug: d.slug, number: d.number, summary: d.summary });

/** The current slug of a published document, for proxy.ts (301 from another slug, 404 when not published). */
export async function findPublishedDocumentSlug(id: number): Promise<string | null> {
  const row = await db.legalDocument.findFirst({ where: { id, publishedAt: { not: null } }, select: { slug: true } });
  return row?.slug ?? null;
}

export async function findPublishedDocumentFile(documentId: number, fileId: number) {
  return db.legalDocumentFile.findFirst({
    where: { id: fileId, documentId, document: { publishedAt: { not: null } } },
    select: { fileName: true, mime: true, path: true },
  });
}

/** Every published document, for the sitemap. */
export async function listPublishedDocumentPaths(): Promise<{ id: number; slug: string; updatedAt: Date }[]> {
  return db.legalDocument.findMany({ where: { publishedAt: { not: null } }, orderBy: { id: "asc" }, select: { id: true, slug: true, updatedAt: true } });
}

export const DOCUMENT_FEED_SIZE = 30;

/** The newest published documents, newest publication first, for /van-ban/rss.xml. */
export async function listDocumentFeed() {
  return db.legalDocument.findMany({
    where: { publishedAt: { not: null } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: DOCUMENT_FEED_SIZE,
    select: {
      id: true,
      slug: true,
      number: true,
      summary: true,
      publishedAt: true,
      signerName: true,
      type: { select: { name: true } },
      issuingBody: { select: { name: true } },
    },
  });
}

export const SIGNED_DOCUMENTS_SHOWN = 20;

/** The newest published documents an official of the directory signed, for their page (/lanh-dao/<slug>). */
export async function listDocumentsSignedBy(officialId: number) {
  return db.legalDocument.findMany({
    where: { signerId: officialId, publishedAt: { not: null } },
    orderBy: [{ issuedOn: "desc" }, { id: "desc" }],
    take: SIGNED_DOCUMENTS_SHOWN,
    select: { id: true, slug: true, number: true, summary: true, issuedOn: true, type: { select: { name: true } } },
  });
}
