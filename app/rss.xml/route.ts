import { cachedFeed, cachedSettings } from "@/lib/site/reader-data";
import { rssDocument, xmlResponse } from "@/lib/feeds/xml";

// Request-time (the build has no database); the items come from the data cache, tag "feeds".
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const [settings, items] = await Promise.all([cachedSettings(), cachedFeed(null, null)]);
  const body = rssDocument({ title: settings.siteName, description: `Tin mới nhất của ${settings.siteName}`, path: "/", selfPath: "/rss.xml" }, items);
  return xmlResponse(request, body, "application/rss+xml; charset=utf-8");
}
