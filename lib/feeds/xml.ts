import { createHash } from "node:crypto";
import { matchesEtag } from "@/lib/http/etag.cjs";
import { articlePath } from "@/lib/articles/paths";
import { categoryPath } from "@/lib/categories/breadcrumb";
import { absoluteUrl } from "@/lib/site/url";

/** XML text and attribute escaping; control characters XML 1.0 forbids are dropped. */
export function xmlEscape(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** RFC 822 date as RSS 2.0 wants it: "Wed, 23 Mar 2022 01:30:00 GMT". */
export function rfc822(date: Date): string {
  return date.toUTCString();
}

export type FeedItem = {
  id: number;
  slug: string;
  title: string;
  sapo: string;
  publishedAt: Date | null;
  byline: string | null;
  category: { name: string };
  author: { displayName: string };
};

/**
 * An item's guid is /tin/<id>, which proxy.ts answers with a 301 to the current slug: a permalink that
 * survives renaming the article, so feed readers do not show a renamed article as new.
 */
export function articleGuid(item: { id: number }): string {
  return absoluteUrl(`/tin/${item.id}`);
}

export function rssDocument(channel: RssChannel, items: FeedItem[]): string {
  return rssChannelDocument(
    channel,
    items.map((item) => ({
      title: item.title,
      link: articlePath(item),
      guid: articleGuid(item),
      description: item.sapo,
      category: item.category.name,
      creator: item.byline || item.author.displayName,
      date: item.publishedAt,
    })),
  );
}

export type RssChannel = { title: string; description: string; path: string; selfPath: string };

/** One entry of any feed: the articles' and the documents' (lib/documents). */
export type RssEntry = { title: string; link: string; guid: string; description: string; category: string; creator: string | null; date: Date | null };

export function rssChannelDocument(channel: RssChannel, entries: RssEntry[]): string {
  const lastBuild = entries[0]?.date;
  const items = entries.map(
    (entry) => `    <item>
      <title>${xmlEscape(entry.title)}</title>
      <link>${xmlEscape(absoluteUrl(entry.link))}</link>
      <guid isPermaLink="true">${xmlEscape(entry.guid)}</guid>
      <description>${xmlEscape(entry.description)}</description>
      <category>${xmlEscape(entry.category)}</category>
      ${entry.creator ? `<dc:creator>${xmlEscape(entry.creator)}</dc:creator>` : ""}
      ${entry.date ? `<pubDate>${rfc822(entry.date)}</pubDate>` : ""}
    </item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${xmlEscape(channel.title)}</title>
    <link>${xmlEscape(absoluteUrl(channel.path))}</link>
    <description>${xmlEscape(channel.description)}</description>
    <language>vi</language>
${lastBuild ? `    <lastBuildDate>${rfc822(lastBuild)}</lastBuildDate>\n` : ""}    <atom:link href="${xmlEscape(absoluteUrl(channel.selfPath))}" rel="self" type="application/rss+xml"/>
${items.join("\n")}
  </channel>
</rss>
`;
}

export const SITEMAP_MAX_URLS = 50_000;

export type SitemapUrl = { path: string; lastModified?: Date };

export function urlsetDocument(urls: SitemapUrl[]): string {
  const entries = urls.map(
    (u) => `  <url><loc>${xmlEscape(absoluteUrl(u.path))}</loc>${u.lastModified ? `<lastmod>${u.lastModified.toISOString()}</lastmod>` : ""}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${entries.join("\n")}
</urlset>
`;
}

export function sitemapIndexDocument(paths: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${paths.map((p) => `  <sitemap><loc>${xmlEscape(absoluteUrl(p))}</loc></sitemap>`).join("\n")}
</sitemapindex>
`;
}

export function newsSitemapDocument(siteName: string, items: { id: number; slug: string; title: string; publishedAt: Date | null }[]): string {
  const entries = items.map(
    (item) => `  <url>
    <loc>${xmlEscape(absoluteUrl(articlePath(item)))}</loc>
    <news:news>
      <news:publication><news:name>${xmlEscape(siteName)}</news:name><news:language>vi</news:language></news:publication>
      <news:publication_date>${item.publishedAt?.toISOString() ?? ""}</news:publication_date>
      <news:title>${xmlEscape(item.title)}</news:title>
    </news:news>
  </url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${entries.join("\n")}
</urlset>
`;
}

/**
 * The site's sitemap files. Articles are split into files of at most 50,000 URLs; categories,
 * officials and authors share a file. With few enough URLs, /sitemap.xml is itself the single urlset.
 */
export function sitemapPlan(articleCount: number): { articleFiles: number; needsIndex: boolean } {
  const articleFiles = Math.max(1, Math.ceil(articleCount / SITEMAP_MAX_URLS));
  return { articleFiles, needsIndex: articleCount + 1000 > SITEMAP_MAX_URLS };
}

export const categoryUrl = (slug: string) => categoryPath({ slug });

/**
 * A feed or sitemap. Built from the data cache on every request, so a publish shows at once; browsers,
 * feed readers and CDNs must ask again each time (no max-age), and a conditional request for an
 * unchanged document gets a bodiless 304.
 */
export function xmlResponse(request: Request, body: string, contentType = "application/xml; charset=utf-8"): Response {
  const etag = `"${createHash("sha1").update(body).digest("base64url")}"`;
  const headers = { "Content-Type": contentType, "Cache-Control": "public, no-cache", ETag: etag };
  if (matchesEtag(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { headers });
}
