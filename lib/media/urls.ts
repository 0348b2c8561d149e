/**
 * Public URLs of stored images, without touching the disk or the database: safe to use from any
 * server component (reader pages, feeds, structured data).
 */

/** A resized WebP rendition of an image, stored next to the original. */
export type Variant = { width: number; height: number; path: string };

/** The public URL of a stored file (served by app/api/media/[...path]/route.ts). */
export function mediaUrl(relativePath: string): string {
  return `/api/media/${relativePath}`;
}

export function parseVariants(value: unknown): Variant[] {
  return Array.isArray(value) ? (value as Variant[]) : [];
}

/** The best URL for a display width: the smallest variant at least that wide, else the original. */
export function mediaSrc(media: { path: string; variants?: unknown }, width = 1280): string {
  const variant = parseVariants(media.variants).find((v) => v.width >= width);
  return mediaUrl(variant?.path ?? media.path);
}
