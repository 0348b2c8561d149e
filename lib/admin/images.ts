import { db } from "@/lib/db";

/** Recently uploaded images (from the media library) offered as choices in image-path fields. */
export function listRecentImagePaths(limit = 200) {
  return db.media.findMany({ orderBy: { createdAt: "desc" }, take: limit, select: { path: true, alt: true } });
}
