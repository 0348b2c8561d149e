import { randomUUID } from "node:crypto";
import sharp from "sharp";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/log";
import { parseInput } from "@/lib/actions";
import { db, type Prisma } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { authorize, type Actor } from "@/lib/people/policy";
import { foldDiacritics, normalizeLine } from "@/lib/text/vietnamese";
import { sniffImage } from "./sniff";
import { mediaUrl, removeMediaFiles, writeMediaFile } from "./storage";

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** Decompression-bomb guard: a small file may still claim a huge canvas. */
export const MAX_PIXELS = 40_000_000;
export const VARIANT_WIDTHS = [320, 640, 1280] as const;

export type Variant = { width: number; height: number; path: string };

const metaSchema = z.object({
  alt: z.string({ error: "Vui lòng nhập mô tả ảnh (alt)" }).transform(normalizeLine).pipe(z.string().min(1, "Vui lòng nhập mô tả ảnh (alt)").max(300, "Mô tả ảnh không được dài quá 300 ký tự")),
  caption: z
    .string()
    .optional()
    .nullable()
    .transform((v) => (v ? normalizeLine(v) : null))
    .pipe(z.string().max(500, "Chú thích không được dài quá 500 ký tự").nullable()),
});

const invalid = (field: string, message: string) => new ValidationError(message, { [field]: [message] });

/** Stores an uploaded image: checked by content, size and pixel count, with resized WebP variants. */
export async function uploadMedia(actor: Actor | null, file: { name: string; data: Buffer }, raw: unknown) {
  authorize(actor, "media.upload");
  const meta = parseInput(metaSchema, raw);
  if (file.data.length === 0) throw invalid("file", "Vui lòng chọn tệp ảnh");
  if (file.data.length > MAX_UPLOAD_BYTES) throw invalid("file", "Ảnh vượt quá 10 MB");
  const type = sniffImage(file.data);
  if (!type) throw invalid("file", "Chỉ nhận ảnh JPEG, PNG, WebP hoặc GIF");
  const image = await readImage(file.data);

  const base = `${new Date().toISOString().slice(0, 7).replace("-", "/")}/${randomUUID()}`;
  const originalPath = `${base}.${type.ext}`;
  const variants: Variant[] = [];
  await writeMediaFile(originalPath, file.data);
  try {
    for (const width of VARIANT_WIDTHS.filter((w) => w < image.width)) {
      const out = await sharp(file.data, { limitInputPixels: MAX_PIXELS }).rotate().resize({ width }).webp({ quality: 80 }).toBuffer({ resolveWithObject: true });
      const path = `${base}-${width}.webp`;
      await writeMediaFile(path, out.data);
      variants.push({ width: out.info.width, height: out.info.height, path });
    }
    return await db.$transaction(async (tx) => {
      const row = await tx.media.create({
        data: {
          path: originalPath,
          originalName: normalizeLine(file.name).slice(0, 255) || "anh",
          mime: type.mime,
          size: file.data.length,
          width: image.width,
          height: image.height,
          alt: meta.alt,
          caption: meta.caption,
          variants: variants as unknown as Prisma.InputJsonValue,
          uploaderId: actor.id,
        },
      });
      await recordAudit(tx, { actorId: actor.id, action: "media.upload", entity: "Media", entityId: row.id, details: { name: row.originalName } });
      return row;
    });
  } catch (error) {
    await removeMediaFiles([originalPath, ...variants.map((v) => v.path)]);
    throw error;
  }
}

async function readImage(data: Buffer): Promise<{ width: number; height: number }> {
  try {
    const meta = await sharp(data, { limitInputPixels: MAX_PIXELS }).metadata();
    if (!meta.width || !meta.height) throw new Error("no size");
    if (meta.width * meta.height > MAX_PIXELS) throw invalid("file", "Ảnh có kích thước điểm ảnh quá lớn");
    return { width: meta.width, height: meta.height };
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    throw invalid("file", "Tệp ảnh bị hỏng hoặc quá lớn để xử lý");
  }
}

export async function updateMediaMeta(actor: Actor | null, id: number, raw: unknown) {
  authorize(actor, "media.edit");
  const meta = parseInput(metaSchema, raw);
  await db.$transaction(async (tx) => {
    const existing = await tx.media.findUnique({ where: { id }, select: { id: true } });
    if (!existing) throw new NotFoundError("Không tìm thấy ảnh.");
    await tx.media.update({ where: { id }, data: meta });
    await recordAudit(tx, { actorId: actor.id, action: "media.edit", entity: "Media", entityId: id, details: meta });
  });
}

/** Deletes an image no article (featured or in the body) and no banner uses; otherwise refuses. */
export async function deleteMedia(actor: Actor | null, id: number) {
  authorize(actor, "media.delete");
  const removed = await db.$transaction(async (tx) => {
    const media = await tx.media.findUnique({ where: { id } });
    if (!media) throw new NotFoundError("Không tìm thấy ảnh.");
    const users = await mediaUsers(tx, media.path);
    if (users.length) {
      throw new ConflictError(`Ảnh đang được dùng trong ${users.length} bài viết (${users.slice(0, 3).map((u) => `“${u.title}”`).join(", ")}), không thể xoá.`, { articles: users });
    }
    if (await tx.banner.count({ where: { imageId: id } })) throw new ConflictError("Ảnh đang được dùng cho banner, không thể xoá.");
    await tx.media.delete({ where: { id } });
    await recordAudit(tx, { actorId: actor.id, action: "media.delete", entity: "Media", entityId: id, details: { path: media.path } });
    return [media.path, ...parseVariants(media.variants).map((v) => v.path)];
  });
  await removeMediaFiles(removed);
}

async function mediaUsers(tx: Prisma.TransactionClient, path: string) {
  const pattern = `%${mediaUrl(path).replace(/\.[a-z]+$/, "")}%`;
  return tx.$queryRaw<{ id: number; title: string }[]>`
    SELECT "id", "title" FROM "Article"
    WHERE "featuredImageId" = (SELECT "id" FROM "Media" WHERE "path" = ${path}) OR "body"::text LIKE ${pattern}
    ORDER BY "id"`;
}

export function parseVariants(value: unknown): Variant[] {
  return Array.isArray(value) ? (value as Variant[]) : [];
}

/** The best URL for a display width: the smallest variant at least that wide, else the original. */
export function mediaSrc(media: { path: string; variants: unknown }, width = 1280): string {
  const variant = parseVariants(media.variants).find((v) => v.width >= width);
  return mediaUrl(variant?.path ?? media.path);
}

export async function searchMedia(actor: Actor | null, q: string, page = 1, pageSize = 24) {
  authorize(actor, "media.upload");
  const text = normalizeLine(q);
  const where: Prisma.MediaWhereInput = text ? { id: { in: await idsMatching(text) } } : {};
  const [total, rows] = await Promise.all([
    db.media.count({ where }),
    db.media.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (page - 1) * pageSize, take: pageSize, include: { uploader: { select: { displayName: true } } } }),
  ]);
  return { total, rows: rows.map((r) => ({ ...r, url: mediaUrl(r.path), thumb: mediaSrc(r, 320), src: mediaSrc(r, 1280) })) };
}

/**
 * Media whose alt text, caption or file name contains the words, ignoring case and diacritics
 * ("dai hoi" finds "Đại hội"). The library holds thousands of rows, not millions: a scan is fine here.
 */
async function idsMatching(text: string): Promise<number[]> {
  const pattern = `%${foldDiacritics(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await db.$queryRaw<{ id: number }[]>`
    SELECT id FROM "Media"
    WHERE unaccent(lower(alt || ' ' || coalesce(caption, '') || ' ' || "originalName")) LIKE ${pattern}`;
  return rows.map((row) => row.id);
}
