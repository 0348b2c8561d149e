import { categoryPath, categoryTrail } from "@/lib/categories/breadcrumb";
import type { SiteSettings } from "@/lib/settings";
import { mediaUrl } from "@/lib/media/urls";
import { absoluteUrl } from "@/lib/site/url";
import { articlePath } from "./paths";
import type { PublishedArticle } from "./queries";
import { authorPath } from "@/lib/authors/paths";

type ArticleForStructuredData = Pick<
  PublishedArticle,
  "id" | "slug" | "title" | "sapo" | "publishedAt" | "updatedAt" | "byline" | "author" | "featuredImage" | "category"
>;

/** schema.org NewsArticle for an article page. */
export function articleJsonLd(article: ArticleForStructuredData, settings: SiteSettings) {
  const url = absoluteUrl(articlePath(article));
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    headline: structuredHeadline(article.title),
    description: article.sapo,
    datePublished: (article.publishedAt ?? article.updatedAt).toISOString(),
    dateModified: article.updatedAt.toISOString(),
    author: [articleAuthor(article)],
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

/**
 * The writer: the byline when there is one (a correspondent without an account, a pen name), linked to
 * an author page only when it names the account that posted the article, whose page that is.
 */
function articleAuthor({ byline, author }: Pick<ArticleForStructuredData, "byline" | "author">) {
  const name = byline || author.displayName;
  return name === author.displayName ? { "@type": "Person", name, url: absoluteUrl(authorPath(author.slug)) } : { "@type": "Person", name };
}

const HEADLINE_MAX = 110;

/** Google reads at most 110 characters of a headline: a longer title ends at a word, with "…". */
export function structuredHeadline(title: string): string {
  if (title.length <= HEADLINE_MAX) return title;
  const cut = title.slice(0, HEADLINE_MAX - 1);
  const lastSpace = cut.search(/\s\S*$/);
  return `${(lastSpace > HEADLINE_MAX / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:–-]+$/, "")}…`;
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
