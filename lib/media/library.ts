import { createHash, randomUUID } from "node:crypto";
import sharp from "sharp";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/log";
import { parseInput } from "@/lib/actions";
import { invalidate } from "@/lib/cache/tags";
import { db, Prisma, type Tx } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { altText, patchLine } from "@/lib/forms/fields";
import { MISSING_VERSION, MISSING_VERSION_RELOAD } from "@/lib/forms/messages";
import { authorize, type Actor } from "@/lib/people/policy";
import type { SiteSettings } from "@/lib/settings";
import { foldDiacritics, normalizeLine } from "@/lib/text/vietnamese";
import { normalizeCredit } from "./caption";
import { sniffImage, type ImageType } from "./sniff";
import { mediaFileExists, removeMediaFiles, writeMediaFile } from "./storage";
import { mediaPathOf, mediaSrc, mediaSrcSet, mediaUrl, parseVariants, type Variant } from "./urls";
import { escapeLike } from "@/lib/db/like";

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** Decompression-bomb guard: a small file may still claim a huge canvas. */
export const MAX_PIXELS = 40_000_000;
export const VARIANT_WIDTHS = [320, 640, 1280] as const;

/**
 * Caption and credit may be left out: absent (undefined) leaves the stored value alone on an edit, empty
 * clears it. The credit drops a leading "Ảnh:", which captions add themselves (lib/media/caption.ts).
 */
const metaSchema = z.object({
  alt: altText(),
  caption: patchLine("chú thích", 500),
  credit: patchLine("tác giả / nguồn ảnh", 200, normalizeCredit),
});
type MediaMeta = z.infer<typeof metaSchema>;

/**
 * An edit also names, for each field it writes, the value the form was loaded with: one written since
 * by someone else is not overwritten silently. The form gets them from the library (stored values).
 */
const metaEditSchema = metaSchema.extend({
  expected: z.object(
    { alt: z.string().optional(), caption: z.string().nullable().optional(), credit: z.string().nullable().optional() },
    { error: MISSING_VERSION_RELOAD },
  ),
});
const META_FIELDS = ["alt", "caption", "credit"] as const;

const invalid = (field: string, message: string) => new ValidationError(message, { [field]: [message] });

/** Stores an uploaded image: checked by content, size and pixel count, with resized WebP variants. */
export async function uploadMedia(actor: Actor | null, file: { name: string; data: Buffer }, raw: unknown) {
  authorize(actor, "media.upload");
  const meta = parseInput(metaSchema, raw);
  const base = `${new Date().toISOString().slice(0, 7).replace("-", "/")}/${randomUUID()}`;
  const stored = await writeImageFiles(file.data, base);
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.media.create({ data: mediaRowData(stored, file.name, meta, actor.id) });
      await recordAudit(tx, { actorId: actor.id, action: "media.upload", entity: "Media", entityId: row.id, details: { name: row.originalName } });
      return withUrls(row);
    });
  } catch (error) {
    await removeMediaFiles(storedPaths(stored));
    throw error;
  }
}

type StoredImage = { path: string; mime: string; size: number; width: number; height: number; variants: Variant[] };

/**
 * The one way an image enters the library: checked by content (not name), size and pixel count, then
 * written as `<base>.<ext>` with WebP variants `<base>-<width>.webp` narrower than the original.
 * Nothing is left on disk when it fails.
 */
async function writeImageFiles(data: Buffer, base: string, { replace = false } = {}): Promise<StoredImage> {
  if (data.length === 0) throw invalid("file", "Vui lòng chọn tệp ảnh");
  if (data.length > MAX_UPLOAD_BYTES) throw invalid("file", "Ảnh vượt quá 10 MB");
  const type = sniffImage(data);
  if (!type) throw invalid("file", "Chỉ nhận ảnh JPEG, PNG, WebP hoặc GIF");
  const image = await readImage(data);
  const original = image.hasExif ? await withoutExif(data, type) : data;
  const stored: StoredImage = { path: `${base}.${type.ext}`, mime: type.mime, size: original.length, width: image.width, height: image.height, variants: [] };
  try {
    await writeMediaFile(stored.path, original, { replace });
    for (const width of VARIANT_WIDTHS.filter((w) => w < image.width)) {
      const out = await resizedWebp(data, width);
      const path = `${base}-${width}.webp`;
      await writeMediaFile(path, out.data, { replace });
      stored.variants.push({ width: out.info.width, height: out.info.height, path });
    }
    return stored;
  } catch (error) {
    await removeMediaFiles(storedPaths(stored));
    throw error;
  }
}

/**
 * The original as it is served, without its EXIF: a phone photo's GPS position, time and camera can
 * tell where a reporter or a source was. Done only when there is EXIF: the picture is re-encoded once,
 * turned upright (its orientation was in the EXIF) at high quality, its colour profile kept. The
 * renditions never carried any.
 */
async function withoutExif(data: Buffer, type: ImageType): Promise<Buffer> {
  const upright = sharp(data, { limitInputPixels: MAX_PIXELS }).rotate().keepIccProfile();
  try {
    if (type.ext === "jpg") return await upright.jpeg({ quality: 92 }).toBuffer();
    if (type.ext === "png") return await upright.png().toBuffer();
    if (type.ext === "webp") return await upright.webp({ quality: 92 }).toBuffer();
    return data;
  } catch {
    throw invalid("file", "Tệp ảnh bị hỏng hoặc không đọc được.");
  }
}

/**
 * A WebP rendition `width` pixels wide. The header alone was read so far: a file cut short (or damaged
 * further in) only fails here, when its pixels are decoded, and that is the uploader's file, not a server fault.
 */
async function resizedWebp(data: Buffer, width: number) {
  try {
    return await sharp(data, { limitInputPixels: MAX_PIXELS }).rotate().resize({ width }).webp({ quality: 80 }).toBuffer({ resolveWithObject: true });
  } catch {
    throw invalid("file", "Tệp ảnh bị hỏng hoặc không đọc được.");
  }
}

function storedPaths(stored: { path: string; variants: unknown }): string[] {
  return [stored.path, ...parseVariants(stored.variants).map((v) => v.path)];
}

function mediaRowData(stored: StoredImage, name: string, meta: MediaMeta, uploaderId: number) {
  return {
    path: stored.path,
    originalName: normalizeLine(name).slice(0, 255) || "anh",
    mime: stored.mime,
    size: stored.size,
    width: stored.width,
    height: stored.height,
    alt: meta.alt,
    caption: meta.caption ?? null,
    credit: meta.credit ?? null,
    variants: stored.variants as unknown as Prisma.InputJsonValue,
    uploaderId,
  };
}

/** Where generated images live, apart from the uploads' year/month folders. */
export const GENERATED_MEDIA_DIR = "minh-hoa";

const HASH_LENGTH = 12;

/** The newest stored version of a generated image, or null. */
export async function findGeneratedImage(client: Tx, key: string) {
  const prefix = `${GENERATED_MEDIA_DIR}/${key}-`;
  const versions = await client.media.findMany({ where: { path: { startsWith: prefix } }, orderBy: { id: "desc" } });
  const own = new RegExp(`^[0-9a-f]{${HASH_LENGTH}}\\.[a-z]+$`);
  return versions.find((row) => own.test(row.path.slice(prefix.length))) ?? null;
}

export type GeneratedImage = {
  /** Stable name of the image, e.g. "chuyen-muc/<slug>": one library row per key and drawing. */
  key: string;
  /** Everything the image is drawn from (e.g. its SVG source): a new fingerprint is a new file. */
  fingerprint: string;
  render: () => Promise<Buffer>;
  name: string;
  /** alt, caption, credit: validated and normalised as for an upload. */
  meta: unknown;
  uploaderId: number;
};

/**
 * Stores an image the system draws (the demo content's illustrations) exactly as an upload is stored
 * (same checks, same variants), inside the caller's transaction. Idempotent: the path comes from the
 * key and a hash of the fingerprint, so storing it again renders nothing and only brings the text back
 * to the given one (rewriting files missing from disk). A changed drawing gets a new file name, which
 * keeps the media route's "immutable" caching true; pruneGeneratedImages removes the old one.
 */
export async function storeGeneratedImage(tx: Tx, image: GeneratedImage) {
  const meta = parseInput(metaSchema, image.meta);
  const base = `${GENERATED_MEDIA_DIR}/${image.key}-${createHash("sha256").update(image.fingerprint).digest("hex").slice(0, HASH_LENGTH)}`;
  const existing = await tx.media.findFirst({ where: { path: { startsWith: `${base}.` } } });
  if (!existing) {
    const stored = await writeImageFiles(await image.render(), base, { replace: true });
    return tx.media.create({ data: mediaRowData(stored, image.name, meta, image.uploaderId) });
  }
  const present = await Promise.all(storedPaths(existing).map(mediaFileExists));
  if (present.includes(false)) await writeImageFiles(await image.render(), base, { replace: true });
  return tx.media.update({ where: { id: existing.id }, data: { alt: meta.alt, caption: meta.caption ?? null, credit: meta.credit ?? null } });
}

/** Removes generated images other than `keep` that nothing uses any more (older drawings). */
export async function pruneGeneratedImages(tx: Tx, keep: number[]): Promise<number> {
  const candidates = await tx.media.findMany({ where: { path: { startsWith: `${GENERATED_MEDIA_DIR}/` }, id: { notIn: keep } } });
  let removed = 0;
  for (const old of candidates) {
    if ((await mediaUsers(tx, old.path)).length || (await placeShown(tx, old))) continue;
    await tx.media.delete({ where: { id: old.id } });
    await removeMediaFiles(storedPaths(old));
    removed += 1;
  }
  return removed;
}

async function readImage(data: Buffer): Promise<{ width: number; height: number; hasExif: boolean }> {
  try {
    const meta = await sharp(data, { limitInputPixels: MAX_PIXELS }).metadata();
    if (!meta.width || !meta.height) throw new Error("no size");
    if (meta.width * meta.height > MAX_PIXELS) throw invalid("file", "Ảnh có kích thước điểm ảnh quá lớn");
    // The size as the photo is shown: a phone's portrait photo is stored landscape with an EXIF
    // orientation (5–8: turned a quarter), which browsers and the variants (rotate()) apply.
    const shown = meta.autoOrient ?? meta;
    return { width: shown.width, height: shown.height, hasExif: Boolean(meta.exif || meta.xmp) };
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    throw invalid("file", "Tệp ảnh bị hỏng hoặc quá lớn để xử lý");
  }
}

/** Edits alt text, caption and credit (a field left out keeps its value); returns them as stored. */
export async function updateMediaMeta(actor: Actor | null, id: number, raw: unknown) {
  authorize(actor, "media.upload");
  const { expected, ...meta } = parseInput(metaEditSchema, raw);
  const row = await db.$transaction(async (tx) => {
    // The row's lock: an edit at the same time waits, then compares with what this one wrote.
    await tx.$executeRaw`SELECT 1 FROM "Media" WHERE "id" = ${id} FOR UPDATE`;
    const existing = await tx.media.findUnique({ where: { id }, select: { id: true, uploaderId: true, alt: true, caption: true, credit: true } });
    if (!existing) throw new NotFoundError("Không tìm thấy ảnh.");
    authorize(actor, "media.edit", existing);
    for (const field of META_FIELDS) {
      if (meta[field] === undefined) continue;
      if (expected[field] === undefined) throw new ValidationError(`${MISSING_VERSION_RELOAD}.`, { expected: [MISSING_VERSION] });
      if (expected[field] !== existing[field]) {
        const { alt, caption, credit } = existing;
        throw new ConflictError("Ảnh vừa được người khác sửa mô tả, chú thích hoặc nguồn ảnh. Hãy tải lại trang để xem bản mới rồi sửa lại.", {
          current: { alt, caption, credit },
        });
      }
    }
    const row = await tx.media.update({ where: { id }, data: meta, select: { id: true, alt: true, caption: true, credit: true } });
    await recordAudit(tx, { actorId: actor.id, action: "media.edit", entity: "Media", entityId: id, details: meta });
    return row;
  });
  // Article pages show a featured image's alt text and credit.
  invalidate({ kind: "media", mediaId: id });
  return row;
}

/**
 * Deletes an image no article (featured or in the body), banner, site logo, author's avatar or official's
 * portrait uses; otherwise refuses.
 */
export async function deleteMedia(actor: Actor | null, id: number) {
  authorize(actor, "media.delete");
  const removed = await db.$transaction(async (tx) => {
    // Locked before looking for its users: an article save that has just checked the image exists holds
    // it (FOR SHARE, findDeletedLibraryImages) until it commits, and is then found among the users.
    await tx.$queryRaw`SELECT 1 FROM "Media" WHERE "id" = ${id} FOR UPDATE`;
    const media = await tx.media.findUnique({ where: { id } });
    if (!media) throw new NotFoundError("Không tìm thấy ảnh.");
    const users = await mediaUsers(tx, media.path);
    if (users.length) {
      throw new ConflictError(`Ảnh đang được dùng trong ${users.length} bài viết (${quoted(users.slice(0, 3).map((u) => u.title))}), không thể xoá.`, {
        articles: users,
      });
    }
    const place = await placeShown(tx, media);
    if (place) throw new ConflictError(`Ảnh đang được dùng ${place}, không thể xoá.`);
    await tx.media.delete({ where: { id } });
    await recordAudit(tx, { actorId: actor.id, action: "media.delete", entity: "Media", entityId: id, details: { path: media.path } });
    return storedPaths(media);
  });
  await removeMediaFiles(removed);
}

/**
 * Of `urls`, those that point at this site's media library (an original or one of its variants) but at
 * no image it still holds: deleted since they were inserted (an old revision, an editor left open).
 */
export async function findDeletedLibraryImages(tx: Tx, urls: string[]): Promise<string[]> {
  const byPath = new Map<string, string>();
  for (const url of urls) {
    const path = mediaPathOf(url);
    if (path !== null) byPath.set(path, url);
  }
  if (!byPath.size) return [];
  const paths = Prisma.join([...byPath.keys()].map((path) => Prisma.sql`(${path})`));
  // The images found are held until the caller's transaction ends, so that a deletion running now waits
  // and then sees the article among the image's users (deleteMedia) instead of removing it under it.
  await tx.$queryRaw`
    SELECT m."id" FROM "Media" m, (VALUES ${paths}) AS t("path")
    WHERE m."path" = t."path" OR m."variants" @> jsonb_build_array(jsonb_build_object('path', t."path"))
    FOR SHARE OF m`;
  const missing = await tx.$queryRaw<{ path: string }[]>`
    SELECT t."path" FROM (VALUES ${paths}) AS t("path")
    WHERE NOT EXISTS (
      SELECT 1 FROM "Media" m
      WHERE m."path" = t."path" OR m."variants" @> jsonb_build_array(jsonb_build_object('path', t."path"))
    )`;
  return missing.map((row) => byPath.get(row.path)!);
}

/** The URL every file of an image starts with: the original's without its extension (variants add "-<width>.webp"). */
function urlStem(path: string): string {
  return mediaUrl(path).replace(/\.[a-z]+$/, "");
}

async function mediaUsers(tx: Prisma.TransactionClient, path: string) {
  const pattern = `%${urlStem(path)}%`;
  return tx.$queryRaw<{ id: number; title: string }[]>`
    SELECT "id", "title" FROM "Article"
    WHERE "featuredImageId" = (SELECT "id" FROM "Media" WHERE "path" = ${path}) OR "body"::text LIKE ${pattern}
    ORDER BY "id"`;
}

/**
 * Where, apart from articles, the image or one of its variants is shown, worded for a message ("cho banner
 * …"), or null. Banners, the logo, avatars and portraits hold a URL picked from the library (any rendition).
 */
async function placeShown(tx: Tx, media: { id: number; path: string }): Promise<string | null> {
  const byUrl = { startsWith: urlStem(media.path) };
  const banners = await tx.banner.findMany({ where: { OR: [{ imageId: media.id }, { imageUrl: byUrl }] }, select: { alt: true }, take: 3 });
  if (banners.length) return `cho banner ${quoted(banners.map((b) => b.alt))}`;
  if (await isLogo(tx, byUrl.startsWith)) return "làm logo của trang";
  const authors = await tx.user.findMany({ where: { avatar: byUrl }, select: { displayName: true }, orderBy: { id: "asc" }, take: 3 });
  if (authors.length) return `làm ảnh đại diện của tác giả ${quoted(authors.map((a) => a.displayName))}`;
  if (await tx.official.count({ where: { portrait: byUrl } })) return "làm ảnh chân dung lãnh đạo";
  return null;
}

/** Whether the site logo setting (a JSON string in its SiteSetting row) is a URL starting with `stem`. */
async function isLogo(tx: Tx, stem: string): Promise<boolean> {
  const logo = await tx.siteSetting.findUnique({ where: { key: "logoUrl" satisfies keyof SiteSettings } });
  return typeof logo?.value === "string" && logo.value.startsWith(stem);
}

const quoted = (names: string[]) => names.map((name) => `“${name}”`).join(", ");

const MAX_LIBRARY_PAGE = 100_000;

export async function searchMedia(actor: Actor | null, q: string, page = 1, pageSize = 24) {
  authorize(actor, "media.upload");
  // A whole page number within reach, whatever the query string held ("1.5", "1e20").
  page = Math.min(Math.max(1, Math.trunc(page) || 1), MAX_LIBRARY_PAGE);
  const text = normalizeLine(q);
  const where: Prisma.MediaWhereInput = text ? { id: { in: await idsMatching(text) } } : {};
  const [total, rows] = await Promise.all([
    db.media.count({ where }),
    db.media.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      include: { uploader: { select: { displayName: true } } },
    }),
  ]);
  return { total, rows: rows.map(withUrls) };
}

/** A media row with the URLs the editor needs: the file, a thumbnail, the body image and its srcset. */
export function withUrls<M extends { path: string; variants: unknown; width: number }>(media: M) {
  return { ...media, url: mediaUrl(media.path), thumb: mediaSrc(media, 320), src: mediaSrc(media, 1280), srcset: mediaSrcSet(media) };
}

/**
 * Media whose alt text, caption, credit or file name contains the words, ignoring case and diacritics
 * ("dai hoi" finds "Đại hội"). The library holds thousands of rows, not millions: a scan is fine here.
 */
async function idsMatching(text: string): Promise<number[]> {
  const pattern = `%${escapeLike(foldDiacritics(text))}%`;
  const rows = await db.$queryRaw<{ id: number }[]>`
    SELECT id FROM "Media"
    WHERE unaccent(lower(alt || ' ' || coalesce(caption, '') || ' ' || coalesce(credit, '') || ' ' || "originalName")) LIKE ${pattern}`;
  return rows.map((row) => row.id);
}
