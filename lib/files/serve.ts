import fs from "node:fs/promises";
import contentDisposition from "content-disposition";
import { resolveMediaPath } from "@/lib/media/storage";
import { withoutDiacritics } from "@/lib/text/vietnamese";
import { DOCUMENT_TYPES } from "./sniff";

/** A stored document's bytes, or null when the file is gone or the path would leave the media folder. */
export async function readStoredFile(relativePath: string): Promise<Buffer | null> {
  const full = resolveMediaPath(relativePath);
  if (!full) return null;
  try {
    return await fs.readFile(full);
  } catch {
    return null;
  }
}

/**
 * A download with its original Vietnamese name (RFC 6266 via the maintained `content-disposition`,
 * with an ASCII fallback for old clients). Only a PDF may open in the browser, and even then in a
 * sandbox: a document's scripts never run with the portal's origin. A `personal` file (an export with
 * senders' contacts) is kept by no cache.
 */
export function documentResponse(file: { data: Buffer; mime: string; fileName: string }, { inline = false, personal = false } = {}): Response {
  const shownInline = inline && file.mime === DOCUMENT_TYPES.pdf.mime;
  return new Response(new Uint8Array(file.data), {
    headers: {
      "Content-Type": file.mime,
      "Content-Length": String(file.data.length),
      "Content-Disposition": contentDisposition(file.fileName, { type: shownInline ? "inline" : "attachment", fallback: asciiFallback(file.fileName) }),
      "Content-Security-Policy": "sandbox",
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": personal ? "private, no-store" : "public, max-age=300",
    },
  });
}

/** "Dự thảo.pdf" → "Du thao.pdf": the name for clients that do not read RFC 5987's UTF-8 form. */
function asciiFallback(fileName: string): string {
  return withoutDiacritics(fileName).replace(/[^\x20-\x7e]/g, "_");
}
