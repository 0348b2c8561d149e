import { absoluteUrl } from "@/lib/site/url";

export const dynamic = "force-dynamic";

// /api/media/ is open: share cards (og:image, twitter:image) and JSON-LD point at its pictures.
const RULES = ["User-agent: *", "Allow: /", "Allow: /api/media/", "Disallow: /admin", "Disallow: /dang-nhap", "Disallow: /api/", "Disallow: /tim-kiem"];

export function GET() {
  const body = [...RULES, "", `Sitemap: ${absoluteUrl("/sitemap.xml")}`, `Sitemap: ${absoluteUrl("/sitemap-news.xml")}`, ""].join("\n");
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
