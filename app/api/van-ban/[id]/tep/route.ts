import { attachDocumentFile } from "@/lib/documents/files";
import { ValidationError } from "@/lib/errors";
import { DOCUMENT_MESSAGES, MAX_DOCUMENT_BYTES } from "@/lib/files/limits";
import { jsonRoute } from "@/lib/http/json-route";
import { idParam, readForm } from "@/lib/http/request";
import { authorize } from "@/lib/people/policy";

/** POST /api/van-ban/<id>/tep: attaches a file (multipart field `file`) to a document; 422 with the reason when refused. */
export const POST = jsonRoute<{ id: string }>(async ({ request, actor, params }) => {
  // Refused before the body is read: nobody without the right gets 20 MB buffered on their behalf.
  authorize(actor, "documents.manage");
  const id = idParam(params.id);
  const tooLarge = () => new ValidationError(DOCUMENT_MESSAGES.tooLarge, { file: [DOCUMENT_MESSAGES.tooLarge] });
  const form = await readForm(request, MAX_DOCUMENT_BYTES + 64 * 1024, tooLarge);
  const file = form.get("file");
  const upload = file instanceof File ? { name: file.name, data: Buffer.from(await file.arrayBuffer()) } : { name: "", data: Buffer.alloc(0) };
  return attachDocumentFile(actor, id, upload);
});
