import type { Tx } from "@/lib/db";
import { contentHash } from "@/lib/public-forms";
import { writeMediaFile } from "@/lib/media/storage";
import { DOCUMENT_TYPES } from "@/lib/files/sniff";
import { normalizeLine, normalizeText } from "@/lib/text/vietnamese";
import { demoConsultations } from "@/prisma/seed/consultations";
import { demoDraftPdf } from "./draft-pdf";

const DAY_MS = 86_400_000;

/**
 * The demo "Lấy ý kiến dự thảo" (prisma/seed/consultations.ts): written once, into an empty table, so
 * that seeding again leaves what staff have changed; the dates are relative to the day it is seeded.
 * Comments have fixed demo receipt codes (DEMGY00001…).
 */
export async function seedDemoConsultations(tx: Tx, staffId: number, now = new Date()): Promise<number> {
  if ((await tx.consultation.count()) > 0) return 0;
  let code = 0;
  for (const [index, draft] of demoConsultations.entries()) {
    const at = (days: number) => new Date(now.getTime() + days * DAY_MS);
    const path = `files/demo/du-thao-${index + 1}.pdf`;
    const pdf = demoDraftPdf(draft.file.heading, draft.file.lines);
    await writeMediaFile(path, pdf, { replace: true });
    await tx.consultation.create({
      data: {
        slug: draft.slug,
        title: normalizeLine(draft.title),
        summary: normalizeText(draft.summary),
        draftingBody: draft.draftingBody,
        opensAt: at(draft.opens),
        closesAt: at(draft.closes),
        publishedAt: at(draft.opens - 1),
        outcome: draft.outcome ? normalizeText(draft.outcome) : null,
        createdById: staffId,
        files: {
          create: { fileName: draft.file.name.normalize("NFC"), mime: DOCUMENT_TYPES.pdf.mime, size: pdf.length, path, position: 0, uploadedById: staffId },
        },
        comments: {
          create: draft.comments.map((comment) => ({
            code: `DEMGY${String(++code).padStart(5, "0")}`,
            authorName: normalizeLine(comment.name),
            organisation: comment.organisation ?? null,
            email: comment.email ?? null,
            phone: comment.phone ?? null,
            section: comment.section ?? null,
            text: normalizeText(comment.text),
            status: comment.status,
            contentHash: contentHash([normalizeText(comment.text)]),
            createdAt: at(-comment.daysAgo),
            moderatedById: comment.status === "NEW" ? null : staffId,
            moderatedAt: comment.status === "NEW" ? null : at(-comment.daysAgo + 1),
          })),
        },
      },
    });
  }
  return demoConsultations.length;
}
