import { recordView } from "@/lib/articles/views";

export async function POST(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) return Response.json({ error: "Mã bài viết không hợp lệ" }, { status: 400 });
  const views = await recordView(Number(id));
  if (views === null) return Response.json({ error: "Không có bài viết này" }, { status: 404 });
  return Response.json({ views }, { headers: { "Cache-Control": "no-store" } });
}
