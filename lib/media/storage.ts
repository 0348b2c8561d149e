import fs from "node:fs/promises";
import path from "node:path";
import { dataDir } from "@/lib/db/config";

/** Where uploaded files live: MEDIA_DIR, or media/ inside DATA_DIR. */
export function mediaDir(): string {
  return path.resolve(/* turbopackIgnore: true */ process.env.MEDIA_DIR ?? path.join(dataDir(), "media"));
}

/** The public URL of a stored file (served by app/api/media/[...path]/route.ts). */
export function mediaUrl(relativePath: string): string {
  return `/api/media/${relativePath}`;
}

/** Resolves a stored relative path, refusing anything that would leave the media folder. */
export function resolveMediaPath(relativePath: string): string | null {
  if (!/^[\w-]+(\/[\w.-]+)*$/.test(relativePath) || relativePath.includes("..")) return null;
  const root = mediaDir();
  const full = path.resolve(root, relativePath);
  return full.startsWith(root + path.sep) ? full : null;
}

export async function writeMediaFile(relativePath: string, data: Buffer): Promise<void> {
  const full = resolveMediaPath(relativePath);
  if (!full) throw new Error(`bad media path ${relativePath}`);
  await fs.mkdir(path.dirname(full), { recursive: true });
  await fs.writeFile(full, data, { flag: "wx" });
}

export async function removeMediaFiles(relativePaths: string[]): Promise<void> {
  for (const relative of relativePaths) {
    const full = resolveMediaPath(relative);
    if (full) await fs.rm(full, { force: true });
  }
}
