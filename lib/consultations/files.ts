import { recordAudit } from "@/lib/audit/log";
import { invalidate } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { checkDocumentUpload } from "@/lib/files/limits";
import { cleanFileName, storedFilePath } from "@/lib/files/name";
import { removeMediaFiles, writeMediaFile } from "@/lib/media/storage";
import { authorize, type Actor } from "@/lib/people/policy";

/**
 * The files of a draft (the draft itself, its explanatory report): recognised by their bytes and
 * stored with the media (lib/files), listed in the order they were attached. The file is written
 * before its row; a failed transaction removes it again, so no row names a missing file.
 */
export async function attachConsultationFile(actor: Actor | null, consultationId: number, upload: { name: string; data: Buffer }) {
  authorize(actor, "consultations.manage");
  const type = await checkDocumentUpload(upload.name, upload.data);
  const fileName = cleanFileName(upload.name, type.ext);
  const path = storedFilePath(type.ext, new Date());
  await writeMediaFile(path, upload.data);
  try {
    const result = await db.$transaction(async (tx) => {
      const draft = await tx.consultation.findUnique({ where: { id: consultationId }, select: { publishedAt: true } });
      if (!draft) throw new NotFoundError("Dự thảo không tồn tại.");
      const last = await tx.consultationFile.aggregate({ where: { consultationId }, _max: { position: true } });
      const file = await tx.consultationFile.create({
        data: { consultationId, fileName, mime: type.mime, size: upload.data.length, path, position: (last._max.position ?? -1) + 1, uploadedById: actor.id },
        select: { id: true, fileName: true, mime: true, size: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "consultation.file_add",
        entity: "Consultation",
        entityId: consultationId,
        details: { fileId: file.id, fileName },
      });
      return { file, shown: draft.publishedAt !== null };
    });
    invalidate({ kind: "consultation", public: result.shown });
    return result.file;
  } catch (error) {
    await removeMediaFiles([path]);
    throw error;
  }
}

/** Removes a file from its draft; the stored bytes go once the row is gone. */
export async function removeConsultationFile(actor: Actor | null, fileId: number) {
  authorize(actor, "consultations.manage");
  const removed = await db.$transaction(async (tx) => {
    const file = await tx.consultationFile.findUnique({
      where: { id: fileId },
      select: { id: true, path: true, fileName: true, consultationId: true, consultation: { select: { publishedAt: true } } },
    });
    if (!file) throw new NotFoundError("Tệp không tồn tại (có thể vừa được người khác xoá).");
    await tx.consultationFile.delete({ where: { id: fileId } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "consultation.file_remove",
      entity: "Consultation",
      entityId: file.consultationId,
      details: { fileId, fileName: file.fileName },
    });
    return file;
  });
  await removeMediaFiles([removed.path]);
  invalidate({ kind: "consultation", public: removed.consultation.publishedAt !== null });
  return { consultationId: removed.consultationId };
}
