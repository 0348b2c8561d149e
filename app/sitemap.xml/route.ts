import { mainSitemap } from "@/lib/feeds/sitemap";
import { xmlResponse } from "@/lib/feeds/xml";

export const dynamic = "force-dynamic";

export async function GET() {
  return xmlResponse(await mainSitemap());
}
