import type { Tx } from "@/lib/db";
import { numberKey } from "@/lib/documents/number";
import { documentSlug } from "@/lib/documents/rules";
import { DOCUMENT_TYPES } from "@/lib/files/sniff";
import { writeMediaFile } from "@/lib/media/storage";
import { slugify, withoutDiacritics } from "@/lib/text/vietnamese";
import { calendarDay } from "@/lib/text/date";
import { demoDocuments, documentTypes, issuingBodies } from "@/prisma/seed/documents";
import { demoDraftPdf } from "./draft-pdf";

/**
 * The demo "Văn bản" (prisma/seed/documents.ts): the lists (matched by slug, kept as staff renamed
 * them) and, into an empty table, the documents with a one-page PDF each (its text is the summary,
 * searchable like an uploaded PDF's) and their relations.
 */
export async function seedDemoDocuments(tx: Tx, staffId: number, now = new Date()): Promise<number> {
  const typeIds = await seedList(documentTypes, (slug, name, position) =>
    tx.documentType.upsert({ where: { slug }, create: { slug, name, position }, update: {}, select: { id: true } }),
  );
  const bodyIds = await seedList(issuingBodies, (slug, name, position) =>
    tx.issuingBody.upsert({ where: { slug }, create: { slug, name, position }, update: {}, select: { id: true } }),
  );
  if ((await tx.legalDocument.count()) > 0) return 0;
  const ids = new Map<string, number>();
  for (const [index, document] of demoDocuments.entries()) {
    const text = withoutDiacritics(`${document.type} so ${document.number}: ${document.summary}`);
    const pdf = demoDraftPdf(withoutDiacritics(`${document.type.toUpperCase()} ${document.number}`), wrap(text, 80));
    const path = `files/demo/van-ban-${index + 1}.pdf`;
    await writeMediaFile(path, pdf, { replace: true });
    const row = await tx.legalDocument.create({
      data: {
        slug: documentSlug(document.type, document.number, document.summary),
        typeId: typeIds.get(document.type)!,
        issuingBodyId: bodyIds.get(document.body)!,
        number: document.number,
        numberKey: numberKey(document.number),
        signerName: document.signer,
        field: document.field,
        issuedOn: calendarDay(document.issued),
        effectiveOn: document.effective ? calendarDay(document.effective) : null,
        expiresOn: document.expires ? calendarDay(document.expires) : null,
        summary: document.summary,
        fulltext: text,
        publishedAt: now,
        createdById: staffId,
        files: {
          create: {
            fileName: `${document.type} ${document.number.replaceAll("/", "-")}.pdf`,
            mime: DOCUMENT_TYPES.pdf.mime,
            size: pdf.length,
            path,
            text,
            hasText: true,
            uploadedById: staffId,
          },
        },
      },
      select: { id: true },
    });
    ids.set(document.number, row.id);
    for (const act of document.acts ?? []) await tx.documentRelation.create({ data: { sourceId: row.id, targetId: ids.get(act.on)!, kind: act.kind } });
  }
  return demoDocuments.length;
}

async function seedList(names: string[], upsert: (slug: string, name: string, position: number) => Promise<{ id: number }>) {
  const ids = new Map<string, number>();
  for (const [position, name] of names.entries()) ids.set(name, (await upsert(slugify(name), name, position)).id);
  return ids;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}
