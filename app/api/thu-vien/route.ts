import { ValidationError } from "@/lib/errors";
import { jsonRoute } from "@/lib/http/json-route";
import { readForm } from "@/lib/http/request";
import { MAX_UPLOAD_BYTES, searchMedia, uploadMedia } from "@/lib/media/library";
import { authorize } from "@/lib/people/policy";

export const GET = jsonRoute(async ({ request, actor }) => {
  const url = new URL(request.url);
  const page = Math.max(1, Number(url.searchParams.get("page")) || 1);
  return searchMedia(actor, url.searchParams.get("q") ?? "", page);
});

export const POST = jsonRoute(async ({ request, actor }) => {
  // Refused before the body is read: nobody without the right gets up to 10 MB buffered on their behalf.
  authorize(actor, "media.upload");
  // An oversized upload is refused before it is all in memory, with or without Content-Length.
  const tooLarge = () => new ValidationError("Ảnh vượt quá 10 MB", { file: ["Ảnh vượt quá 10 MB"] });
  const form = await readForm(request, MAX_UPLOAD_BYTES + 64 * 1024, tooLarge);
  const file = form.get("file");
  const upload = file instanceof File ? { name: file.name, data: Buffer.from(await file.arrayBuffer()) } : { name: "", data: Buffer.alloc(0) };
  return uploadMedia(actor, upload, { alt: form.get("alt") ?? "", caption: form.get("caption") ?? null, credit: form.get("credit") ?? null });
});
