import { categoryPath, categoryTrail } from "@/lib/categories/breadcrumb";
import type { SiteSettings } from "@/lib/settings";
import { mediaUrl } from "@/lib/media/urls";
import { absoluteUrl } from "@/lib/site/url";
import { articlePath } from "./paths";
import type { PublishedArticle } from "./queries";
import { authorPath } from "@/lib/authors/paths";

type ArticleForStructuredData = Pick<PublishedArticle, "id" | "slug" | "title" | "sapo" | "publishedAt" | "updatedAt" | "byline" | "author" | "featuredImage" | "category">;

/** schema.org NewsArticle for an article page. */
export function articleJsonLd(article: ArticleForStructuredData, settings: SiteSettings) {
  const url = absoluteUrl(articlePath(article));
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    headline: article.title.slice(0, 110),
    description: article.sapo,
    datePublished: (article.publishedAt ?? article.updatedAt).toISOString(),
    dateModified: article.updatedAt.toISOString(),
    author: [{ "@type": "Person", name: article.byline || article.author.displayName, url: absoluteUrl(authorPath(article.author.slug)) }],
    image: article.featuredImage ? [absoluteUrl(mediaUrl(article.featuredImage.path))] : [absoluteUrl("/og-mac-dinh.png")],
    articleSection: article.category.name,
    inLanguage: "vi",
    publisher: {
      "@type": "Organization",
      name: settings.siteName,
      logo: { "@type": "ImageObject", url: absoluteUrl(settings.logoUrl ?? "/og-mac-dinh.png") },
    },
  };
}

/** schema.org BreadcrumbList: home, the category's ancestors, the category, the article. */
export function breadcrumbJsonLd(article: Pick<PublishedArticle, "id" | "slug" | "title" | "category">) {
  const items = [
    { name: "Trang chủ", url: absoluteUrl("/") },
    ...categoryTrail(article.category).map((c) => ({ name: c.name, url: absoluteUrl(categoryPath(c)) })),
    { name: article.title, url: absoluteUrl(articlePath(article)) },
  ];
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, index) => ({ "@type": "ListItem", position: index + 1, name: item.name, item: item.url })),
  };
}
