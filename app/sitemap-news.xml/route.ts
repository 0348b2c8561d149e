import { cachedNewsSitemap, cachedSettings } from "@/lib/site/reader-data";
import { newsSitemapDocument, xmlResponse } from "@/lib/feeds/xml";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const [settings, items] = await Promise.all([cachedSettings(), cachedNewsSitemap()]);
  return xmlResponse(request, newsSitemapDocument(settings.siteName, items));
}
