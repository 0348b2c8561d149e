import { isId } from "@/lib/db/ids";
import { PayloadTooLargeError, ValidationError } from "@/lib/errors";

// Reading what a JSON route handler was sent: the body within a size limit, ids from the URL.

/** A numeric id from the URL or the body; anything else is refused as invalid (422). */
export function idParam(value: string): number {
  const id = Number(value);
  if (!isId(id)) throw new ValidationError("Mã không hợp lệ.");
  return id;
}

/** Far above any article with its body (a long one with tables is a few hundred KB of JSON). */
export const MAX_JSON_BYTES = 2 * 1024 * 1024;

export async function readJson(request: Request): Promise<unknown> {
  const text = await readText(request, MAX_JSON_BYTES);
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError("Dữ liệu gửi lên không đọc được.");
  }
}

/** The request body as text, refused (413) as soon as it passes `limit` bytes, whatever Content-Length says. */
async function readText(request: Request, limit: number): Promise<string> {
  const tooLarge = () => new PayloadTooLargeError(`Dữ liệu gửi lên quá lớn (tối đa ${limit / 1024 / 1024} MB).`);
  return (await readBytes(request, limit, tooLarge)).toString("utf8");
}

/**
 * A multipart form (an upload), read within `limit` bytes: a body sent without Content-Length (chunked)
 * is refused with `tooLarge()` as soon as it passes the limit, not after reading all of it into memory.
 */
export async function readForm(request: Request, limit: number, tooLarge: () => Error): Promise<FormData> {
  const bytes = await readBytes(request, limit, tooLarge);
  try {
    return await new Response(new Uint8Array(bytes), { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    throw new ValidationError("Dữ liệu gửi lên không đọc được.");
  }
}

async function readBytes(request: Request, limit: number, tooLarge: () => Error): Promise<Buffer> {
  if (Number(request.headers.get("content-length")) > limit) throw tooLarge();
  if (!request.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > limit) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
