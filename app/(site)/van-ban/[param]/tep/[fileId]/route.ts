import { findPublishedDocumentFile } from "@/lib/documents/public";
import { parseDocumentParam } from "@/lib/documents/rules";
import { documentResponse, readStoredFile } from "@/lib/files/serve";

/**
 * GET /van-ban/<slug>-<id>/tep/<fileId>: a published document's file under its original name; `?xem=1`
 * opens a PDF in the browser. The document's id decides (its slug may be an old one).
 */
export async function GET(request: Request, { params }: { params: Promise<{ param: string; fileId: string }> }): Promise<Response> {
  const { param, fileId } = await params;
  const document = parseDocumentParam(param);
  const file = document && /^[1-9]\d{0,8}$/.test(fileId) ? await findPublishedDocumentFile(document.id, Number(fileId)) : null;
  const data = file ? await readStoredFile(file.path) : null;
  if (!file || !data) return new Response("Không tìm thấy tệp.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return documentResponse({ data, mime: file.mime, fileName: file.fileName }, { inline: new URL(request.url).searchParams.get("xem") === "1" });
}
