import fs from "node:fs/promises";
import { resolveMediaPath } from "./storage";

const MIME_BY_EXT: Record<string, string> = { jpg: "image/jpeg", png: "image/png", webp: "image/webp", gif: "image/gif" };

/** A stored image by its relative path, or null (unknown, outside the media folder, or not an image). */
export async function readMediaFile(relativePath: string): Promise<{ data: Buffer; mime: string } | null> {
  const mime = MIME_BY_EXT[relativePath.split(".").pop() ?? ""];
  const full = resolveMediaPath(relativePath);
  if (!mime || !full) return null;
  try {
    return { data: await fs.readFile(full), mime };
  } catch {
    return null;
  }
}
