/**
 * Public URLs of stored images, without touching the disk or the database: safe to use from any
 * server component (reader pages, feeds, structured data).
 */

/** A resized WebP rendition of an image, stored next to the original. */
export type Variant = { width: number; height: number; path: string };

/** The public URL of a stored file (served by app/api/media/[...path]/route.ts). */
export function mediaUrl(relativePath: string): string {
  return `${MEDIA_PREFIX}${relativePath}`;
}

const MEDIA_PREFIX = "/api/media/";

/** The stored file a URL of this site's media addresses ("2026/11/anh.jpg"), or null for any other URL. */
export function mediaPathOf(url: string): string | null {
  if (!url.startsWith(MEDIA_PREFIX)) return null;
  try {
    return decodeURI(url.slice(MEDIA_PREFIX.length).split(/[?#]/)[0]!);
  } catch {
    return null;
  }
}

/**
 * An address of an image this site's media library serves (an original or a rendition, "/api/media/2026/11/<id>.jpg"),
 * the only kind an article body shows. Whether the image still exists is the database's to say (findDeletedLibraryImages).
 */
export function isLibraryUrl(url: unknown): url is string {
  return typeof url === "string" && LIBRARY_URL.test(url);
}

const LIBRARY_URL = /^\/api\/media\/[\w\-./]+$/;

export function parseVariants(value: unknown): Variant[] {
  return Array.isArray(value) ? (value as Variant[]) : [];
}

/** The best URL for a display width: the smallest variant at least that wide, else the original. */
export function mediaSrc(media: { path: string; variants?: unknown }, width = 1280): string {
  const variant = parseVariants(media.variants).find((v) => v.width >= width);
  return mediaUrl(variant?.path ?? media.path);
}

/** Originals wider than this are left out of a srcset: the largest variant serves instead. */
const MAX_SRCSET_ORIGINAL = 1920;

/** Every rendition of an image a browser may choose from, as a `srcset` ("<url> <width>w, …"). */
export function mediaSrcSet(media: { path: string; variants?: unknown; width: number }): string {
  const renditions = parseVariants(media.variants).filter((v) => v.width < media.width);
  if (media.width <= MAX_SRCSET_ORIGINAL || !renditions.length) renditions.push({ width: media.width, height: 0, path: media.path });
  return renditions.map((v) => `${mediaUrl(v.path)} ${v.width}w`).join(", ");
}

/** How wide an article's images are shown: its column on wide screens, the whole screen on phones. */
export const ARTICLE_IMAGE_SIZES = "(min-width: 960px) 760px, 100vw";

/**
 * An image typed as an address on another site (an official's portrait "https://…"): next/image must
 * not send it through the optimiser, which serves only this site's images (any other host answers
 * 400 "url parameter is not allowed", a broken image). Pass as `unoptimized`.
 */
export function isExternalImage(src: string): boolean {
  return /^https?:\/\//i.test(src);
}
