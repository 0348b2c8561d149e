import { findPublishedFile } from "@/lib/consultations/public";
import { documentResponse, readStoredFile } from "@/lib/files/serve";

/**
 * GET /lay-y-kien/<slug>/tep/<id>: a published draft's file under its original name; `?xem=1` opens
 * a PDF in the browser. A file of an unpublished draft is not there (404).
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; fileId: string }> }): Promise<Response> {
  const { slug, fileId } = await params;
  const file = /^[1-9]\d{0,8}$/.test(fileId) && slug.length <= 200 ? await findPublishedFile(slug, Number(fileId)) : null;
  const data = file ? await readStoredFile(file.path) : null;
  if (!file || !data) return new Response("Không tìm thấy tệp.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return documentResponse({ data, mime: file.mime, fileName: file.fileName }, { inline: new URL(request.url).searchParams.get("xem") === "1" });
}
