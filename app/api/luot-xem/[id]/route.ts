import { recordView } from "@/lib/articles/views";
import { httpErrorResponse } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-address";
import { checkSameOrigin } from "@/lib/http/same-origin";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  // Sent by the article page itself: another site cannot make its visitors count views.
  try {
    checkSameOrigin(request);
  } catch (error) {
    return httpErrorResponse(error);
  }
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) return Response.json({ error: "Mã bài viết không hợp lệ" }, { status: 400 });
  const views = await recordView(Number(id), clientAddress(request.headers));
  if (views === null) return Response.json({ error: "Không có bài viết này" }, { status: 404 });
  return Response.json({ views }, { headers: { "Cache-Control": "no-store" } });
}
