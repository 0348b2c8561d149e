import { sitemapFile } from "@/lib/feeds/sitemap";
import { xmlResponse } from "@/lib/feeds/xml";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const body = await sitemapFile((await params).file);
  return body ? xmlResponse(request, body) : new Response("Không có tệp sơ đồ trang này", { status: 404 });
}
