import { cachedCategories, cachedFeed, cachedSettings } from "@/lib/site/reader-data";
import { categoryPath } from "@/lib/categories/breadcrumb";
import { descendantIds } from "@/lib/categories/tree";
import { rssDocument, xmlResponse } from "@/lib/feeds/xml";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const categories = await cachedCategories();
  const category = categories.find((c) => c.slug === slug);
  if (!category) return new Response("Không có chuyên mục này", { status: 404 });
  const [settings, items] = await Promise.all([cachedSettings(), cachedFeed(category.id, descendantIds(categories, category.id))]);
  const path = categoryPath(category);
  const body = rssDocument(
    {
      title: `${category.name} - ${settings.siteName}`,
      description: category.description || `Tin chuyên mục ${category.name}`,
      path,
      selfPath: `${path}/rss.xml`,
    },
    items,
  );
  return xmlResponse(request, body, "application/rss+xml; charset=utf-8");
}
