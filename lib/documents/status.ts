import { Prisma } from "@/lib/db";

/**
 * A document's status as of a day, derived from its dates and the published documents acting on it,
 * never typed: replaced by a document in effect ("Bị thay thế bởi …"), repealed or past its expiry
 * date ("Hết hiệu lực"), not yet in effect ("Chưa có hiệu lực"), or in effect ("Còn hiệu lực"). A
 * document takes effect on its effective date, or on its issue date when it has none; it no longer
 * has effect from its expiry date. One rule, in two forms: for a document in hand (documentStatus)
 * and as SQL for the lists and their filter (actingSql, statusCaseSql); tests/integration/documents.test.ts checks
 * that they agree.
 */
export type DocumentStatus = "IN_FORCE" | "PENDING" | "EXPIRED" | "REPLACED";

export const STATUS_LABELS: Record<DocumentStatus, string> = {
  IN_FORCE: "Còn hiệu lực",
  PENDING: "Chưa có hiệu lực",
  EXPIRED: "Hết hiệu lực",
  REPLACED: "Bị thay thế",
};

/** The filter's values in the address (?hieu-luc=…). */
export const STATUS_PARAMS: Record<DocumentStatus, string> = {
  IN_FORCE: "con-hieu-luc",
  PENDING: "chua-co-hieu-luc",
  EXPIRED: "het-hieu-luc",
  REPLACED: "bi-thay-the",
};

export const DOCUMENT_STATUSES = Object.keys(STATUS_LABELS) as DocumentStatus[];

type Dated = { issuedOn: Date; effectiveOn: Date | null; expiresOn: Date | null };
/** A published document acting on this one (AMENDS and GUIDES do not change a status). */
export type ActingDocument = Dated & { kind: "AMENDS" | "REPLACES" | "REPEALS" | "GUIDES"; number: string };

const inEffectOn = (document: Dated, day: Date) => (document.effectiveOn ?? document.issuedOn) <= day;

export function documentStatus(document: Dated, actedOnBy: ActingDocument[], today: Date): { status: DocumentStatus; replacedBy: string[] } {
  const replacedBy = actedOnBy.filter((a) => a.kind === "REPLACES" && inEffectOn(a, today)).map((a) => a.number);
  if (replacedBy.length) return { status: "REPLACED", replacedBy };
  const repealed = actedOnBy.some((a) => a.kind === "REPEALS" && inEffectOn(a, today));
  if (repealed || (document.expiresOn !== null && document.expiresOn <= today)) return { status: "EXPIRED", replacedBy };
  return { status: inEffectOn(document, today) ? "IN_FORCE" : "PENDING", replacedBy };
}

/** "Còn hiệu lực", "Bị thay thế bởi 15-NQ/TU"… */
export function statusLabel(result: { status: DocumentStatus; replacedBy: string[] }): string {
  return result.status === "REPLACED" ? `Bị thay thế bởi ${result.replacedBy.join(", ")}` : STATUS_LABELS[result.status];
}

/**
 * The same rule as SQL. `actingSql` is a query of the documents some published document in effect on
 * `today` replaces or repeals (one row per target: its id, replaced, repealed), computed once and
 * joined as `a`; `statusCaseSql` is then the status's name for the document aliased `d`.
 */
export function actingSql(today: Date): Prisma.Sql {
  return Prisma.sql`
    SELECT r."targetId" AS "id", bool_or(r."kind" = 'REPLACES') AS "replaced", bool_or(r."kind" = 'REPEALS') AS "repealed"
      FROM "DocumentRelation" r JOIN "LegalDocument" s ON s."id" = r."sourceId"
     WHERE r."kind" IN ('REPLACES', 'REPEALS') AND s."publishedAt" IS NOT NULL AND coalesce(s."effectiveOn", s."issuedOn") <= ${today}::date
     GROUP BY r."targetId"`;
}

export function statusCaseSql(today: Date): Prisma.Sql {
  return Prisma.sql`CASE
      WHEN a."replaced" THEN 'REPLACED'
      WHEN a."repealed" OR (d."expiresOn" IS NOT NULL AND d."expiresOn" <= ${today}::date) THEN 'EXPIRED'
      WHEN coalesce(d."effectiveOn", d."issuedOn") > ${today}::date THEN 'PENDING'
      ELSE 'IN_FORCE' END`;
}
