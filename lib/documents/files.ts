import { recordAudit } from "@/lib/audit/log";
import { invalidate } from "@/lib/cache/tags";
import { db, Prisma, type Tx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { checkDocumentUpload } from "@/lib/files/limits";
import { cleanFileName, storedFilePath } from "@/lib/files/name";
import { pdfText } from "@/lib/files/pdf-text";
import { removeMediaFiles, writeMediaFile } from "@/lib/media/storage";
import { authorize, type Actor } from "@/lib/people/policy";

/**
 * A document's files: recognised by their bytes and stored with the media (lib/files); a PDF's text
 * is read at upload (a scan without text is kept and marked so) and searched with the summary. The
 * bytes are written before the row; a failed transaction removes them again, so no row names a
 * missing file and no stray file stays behind.
 */
export async function attachDocumentFile(actor: Actor | null, documentId: number, upload: { name: string; data: Buffer }) {
  authorize(actor, "documents.manage");
  const type = await checkDocumentUpload(upload.name, upload.data);
  const text = type.ext === "pdf" ? await pdfText(upload.data) : null;
  const fileName = cleanFileName(upload.name, type.ext);
  const path = storedFilePath(type.ext, new Date());
  await writeMediaFile(path, upload.data);
  try {
    const result = await db.$transaction(async (tx) => {
      const document = await tx.legalDocument.findUnique({ where: { id: documentId }, select: { publishedAt: true } });
      if (!document) throw new NotFoundError("Văn bản không tồn tại (có thể vừa bị xoá).");
      const last = await tx.legalDocumentFile.aggregate({ where: { documentId }, _max: { position: true } });
      const file = await tx.legalDocumentFile.create({
        data: {
          documentId,
          fileName,
          mime: type.mime,
          size: upload.data.length,
          path,
          position: (last._max.position ?? -1) + 1,
          text: text || null,
          hasText: Boolean(text),
          uploadedById: actor.id,
        },
        select: { id: true, fileName: true, mime: true, size: true, hasText: true },
      });
      await refreshFulltext(tx, documentId);
      await recordAudit(tx, {
        actorId: actor.id,
        action: "document.file_add",
        entity: "LegalDocument",
        entityId: documentId,
        details: { fileId: file.id, fileName },
      });
      return { file, shown: document.publishedAt !== null };
    });
    invalidate({ kind: "document", public: result.shown });
    return { ...result.file, scanned: type.ext === "pdf" && !result.file.hasText };
  } catch (error) {
    await removeMediaFiles([path]);
    throw error;
  }
}

export async function removeDocumentFile(actor: Actor | null, fileId: number) {
  authorize(actor, "documents.manage");
  const removed = await db.$transaction(async (tx) => {
    const file = await tx.legalDocumentFile.findUnique({
      where: { id: fileId },
      select: { path: true, fileName: true, documentId: true, document: { select: { publishedAt: true } } },
    });
    if (!file) throw new NotFoundError("Tệp không tồn tại (có thể vừa được người khác xoá).");
    await tx.legalDocumentFile.delete({ where: { id: fileId } });
    await refreshFulltext(tx, file.documentId);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "document.file_remove",
      entity: "LegalDocument",
      entityId: file.documentId,
      details: { fileId, fileName: file.fileName },
    });
    return file;
  });
  await removeMediaFiles([removed.path]);
  invalidate({ kind: "document", public: removed.document.publishedAt !== null });
  return { documentId: removed.documentId };
}

/**
 * The searched text of a document is its files' text, in their order. Written without touching the
 * document's version: attaching a file does not make a colleague's open form out of date.
 */
async function refreshFulltext(tx: Tx, documentId: number) {
  await tx.$executeRaw(Prisma.sql`
    UPDATE "LegalDocument" d
       SET "fulltext" = coalesce((SELECT string_agg(f."text", ' ' ORDER BY f."position", f."id") FROM "LegalDocumentFile" f
                                   WHERE f."documentId" = d."id" AND f."text" IS NOT NULL), '')
     WHERE d."id" = ${documentId}`);
}
