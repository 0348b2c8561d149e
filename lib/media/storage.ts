import fs from "node:fs/promises";
import path from "node:path";
import { dataDir } from "@/lib/db/config";

/** Where uploaded files live: MEDIA_DIR, or media/ inside DATA_DIR. */
export function mediaDir(): string {
  return path.resolve(/* turbopackIgnore: true */ process.env.MEDIA_DIR ?? path.join(dataDir(), "media"));
}

/** Resolves a stored relative path, refusing anything that would leave the media folder. */
export function resolveMediaPath(relativePath: string): string | null {
  if (!/^[\w-]+(\/[\w.-]+)*$/.test(relativePath) || relativePath.includes("..")) return null;
  const root = mediaDir();
  const full = path.resolve(root, relativePath);
  return full.startsWith(root + path.sep) ? full : null;
}

/**
 * Writes a new file. Uploads never overwrite (their names are random); `replace` is for files whose
 * name is derived from their content (generated images), where an existing file has the same bytes.
 */
export async function writeMediaFile(relativePath: string, data: Buffer, { replace = false } = {}): Promise<void> {
  const full = resolveMediaPath(relativePath);
  if (!full) throw new Error(`bad media path ${relativePath}`);
  await fs.mkdir(path.dirname(full), { recursive: true });
  await fs.writeFile(full, data, { flag: replace ? "w" : "wx" });
}

export async function mediaFileExists(relativePath: string): Promise<boolean> {
  const full = resolveMediaPath(relativePath);
  return full
    ? fs.access(full).then(
        () => true,
        () => false,
      )
    : false;
}

export async function removeMediaFiles(relativePaths: string[]): Promise<void> {
  for (const relative of relativePaths) {
    const full = resolveMediaPath(relative);
    if (full) await fs.rm(full, { force: true });
  }
}
