import { mainSitemap } from "@/lib/feeds/sitemap";
import { xmlResponse } from "@/lib/feeds/xml";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return xmlResponse(request, await mainSitemap());
}
