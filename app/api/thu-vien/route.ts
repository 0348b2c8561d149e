import { ValidationError } from "@/lib/errors";
import { jsonRoute } from "@/lib/http/json-route";
import { MAX_UPLOAD_BYTES, searchMedia, uploadMedia } from "@/lib/media/library";

export const GET = jsonRoute(async ({ request, actor }) => {
  const url = new URL(request.url);
  const page = Math.max(1, Number(url.searchParams.get("page")) || 1);
  return searchMedia(actor, url.searchParams.get("q") ?? "", page);
});

export const POST = jsonRoute(async ({ request, actor }) => {
  // Refuse an oversized upload before reading it into memory.
  if (Number(request.headers.get("content-length")) > MAX_UPLOAD_BYTES + 64 * 1024) {
    throw new ValidationError("Ảnh vượt quá 10 MB", { file: ["Ảnh vượt quá 10 MB"] });
  }
  const form = await request.formData().catch(() => {
    throw new ValidationError("Dữ liệu gửi lên không đọc được.");
  });
  const file = form.get("file");
  const upload = file instanceof File ? { name: file.name, data: Buffer.from(await file.arrayBuffer()) } : { name: "", data: Buffer.alloc(0) };
  return uploadMedia(actor, upload, { alt: form.get("alt") ?? "", caption: form.get("caption") ?? null, credit: form.get("credit") ?? null });
});
