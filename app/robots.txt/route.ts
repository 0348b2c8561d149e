import { absoluteUrl } from "@/lib/site/url";

export const dynamic = "force-dynamic";

export function GET() {
  const body = ["User-agent: *", "Allow: /", "Disallow: /admin", "Disallow: /dang-nhap", "Disallow: /api/", "Disallow: /tim-kiem", "", `Sitemap: ${absoluteUrl("/sitemap.xml")}`, `Sitemap: ${absoluteUrl("/sitemap-news.xml")}`, ""].join("\n");
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
