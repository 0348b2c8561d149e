import { db } from "@/lib/db";
import { normaliseReceiptCode } from "@/lib/public-forms/code";
import { isSlug } from "@/lib/text/vietnamese";

/**
 * What readers see of the drafts put out for comments. Every query selects its fields by name: a
 * commenter's e-mail and phone are never among them (tests/integration/consultations.test.ts checks).
 * Only published drafts are shown, and of their comments only those staff published.
 */
export const CONSULTATIONS_PAGE_SIZE = 20;

export type ConsultationTeaser = { id: number; slug: string; title: string; summary: string; draftingBody: string | null; opensAt: Date; closesAt: Date };

const TEASER = { id: true, slug: true, title: true, summary: true, draftingBody: true, opensAt: true, closesAt: true } as const;

/** Published drafts, the latest to close first (open ones before those long closed). */
export async function listPublishedConsultations(page: number): Promise<{ total: number; page: number; pageCount: number; drafts: ConsultationTeaser[] }> {
  const current = Math.max(1, Math.min(99_999, Math.trunc(page) || 1));
  const where = { publishedAt: { not: null } };
  const [total, drafts] = await Promise.all([
    db.consultation.count({ where }),
    db.consultation.findMany({
      where,
      orderBy: [{ closesAt: "desc" }, { id: "desc" }],
      skip: (current - 1) * CONSULTATIONS_PAGE_SIZE,
      take: CONSULTATIONS_PAGE_SIZE,
      select: TEASER,
    }),
  ]);
  return {
    total,
    page: current,
    pageCount: Math.ceil(total / CONSULTATIONS_PAGE_SIZE),
    drafts: drafts.map((d) => ({ ...d, summary: d.summary.slice(0, 400) })),
  };
}

export type PublishedComment = { id: number; authorName: string; organisation: string | null; section: string | null; text: string; createdAt: Date };

export type PublishedConsultation = ConsultationTeaser & {
  outcome: string | null;
  publishedAt: Date;
  updatedAt: Date;
  files: { id: number; fileName: string; mime: string; size: number }[];
  comments: PublishedComment[];
};

export async function getPublishedConsultation(slug: string): Promise<PublishedConsultation | null> {
  if (!isSlug(slug)) return null;
  const row = await db.consultation.findFirst({
    where: { slug, publishedAt: { not: null } },
    select: {
      ...TEASER,
      outcome: true,
      publishedAt: true,
      updatedAt: true,
      files: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, fileName: true, mime: true, size: true } },
      comments: {
        where: { status: "PUBLISHED" },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, authorName: true, organisation: true, section: true, text: true, createdAt: true },
      },
    },
  });
  return row && row.publishedAt ? { ...row, publishedAt: row.publishedAt } : null;
}

/** The id of the published draft with this slug, or null: proxy.ts's missing-page check (lib/site/missing-pages.ts). */
export async function findPublishedConsultationId(slug: string): Promise<number | null> {
  if (!isSlug(slug)) return null;
  const row = await db.consultation.findFirst({ where: { slug, publishedAt: { not: null } }, select: { id: true } });
  return row?.id ?? null;
}

/** The slugs of the published drafts, for the sitemap. */
export async function listPublishedConsultationSlugs(): Promise<{ slug: string; updatedAt: Date }[]> {
  return db.consultation.findMany({ where: { publishedAt: { not: null } }, orderBy: { id: "asc" }, select: { slug: true, updatedAt: true } });
}

/** A file of a published draft, for its download; null when the draft or the file is not there. */
export async function findPublishedFile(slug: string, fileId: number) {
  if (!isSlug(slug)) return null;
  return db.consultationFile.findFirst({
    where: { id: fileId, consultation: { slug, publishedAt: { not: null } } },
    select: { id: true, fileName: true, mime: true, path: true },
  });
}

/** The sender's receipt: what they sent (no contact details) and whether it is published. */
export async function findReceipt(slug: string, typedCode: string) {
  const code = normaliseReceiptCode(typedCode.slice(0, 40));
  if (!code || !isSlug(slug)) return null;
  return db.consultationComment.findFirst({
    where: { code, consultation: { slug } },
    select: { code: true, authorName: true, section: true, text: true, status: true, createdAt: true },
  });
}
