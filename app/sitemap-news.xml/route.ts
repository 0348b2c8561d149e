import { listPublishedSince } from "@/lib/articles/queries";
import { cachedData, cachedSettings } from "@/lib/cache/reader";
import { tags } from "@/lib/cache/tags";
import { newsSitemapDocument, xmlResponse } from "@/lib/feeds/xml";

export const dynamic = "force-dynamic";

const TWO_DAYS_MS = 48 * 3600_000;

// Cached for at most a minute (articles age out of the 48-hour window without any change), and
// expired at once by any publish through the "sitemap" tag.
const recent = cachedData("news-sitemap", async () => listPublishedSince(new Date(Date.now() - TWO_DAYS_MS)), () => [tags.sitemap], 60);

export async function GET(request: Request) {
  const [settings, items] = await Promise.all([cachedSettings(), recent()]);
  return xmlResponse(request, newsSitemapDocument(settings.siteName, items));
}
