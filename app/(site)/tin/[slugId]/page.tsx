import type { Metadata } from "next";
import { draftMode } from "next/headers";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/article/ArticleView";
import { articlePath, parseArticleParam } from "@/lib/articles/paths";
import { loadArticlePreview } from "@/lib/articles/preview";
import { mediaUrl } from "@/lib/media/urls";
import { getCurrentUser } from "@/lib/people/session";
import { articlePageData, cachedSettings } from "@/lib/site/reader-data";
import { DEFAULT_SHARE_IMAGE, siteAlternates, siteOpenGraph } from "@/lib/site/metadata";
import { absoluteUrl } from "@/lib/site/url";

// Rendered on its first request and then served from the cache (ISR) until `invalidate(change)`
// expires one of the tags its data carries (lib/site/reader-data.ts). Staff in draft mode get an
// uncached preview of the article whatever its status.
export const revalidate = 86400;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slugId: string }> };

async function load(params: Props["params"]) {
  const parsed = parseArticleParam((await params).slugId);
  if (!parsed) return null;
  if ((await draftMode()).isEnabled) {
    const preview = await loadArticlePreview(await getCurrentUser(), parsed.id);
    if (preview) return { ...preview, preview: true };
  }
  // A wrong or old slug never gets here: proxy.ts answers it with a 301 to the canonical URL.
  const data = await articlePageData(parsed.id);
  return data && { ...data, preview: false };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await load(params);
  if (!loaded) return {};
  const { article, preview } = loaded;
  const title = article.seoTitle ?? article.title;
  const description = article.seoDescription ?? article.sapo;
  const image = article.featuredImage
    ? { url: mediaUrl(article.featuredImage.path), width: article.featuredImage.width, height: article.featuredImage.height, alt: article.featuredImage.alt }
    : DEFAULT_SHARE_IMAGE;
  return {
    title,
    description,
    alternates: siteAlternates(articlePath(article)),
    robots: preview ? { index: false, follow: false } : undefined,
    openGraph: siteOpenGraph({
      type: "article",
      url: absoluteUrl(articlePath(article)),
      title,
      description,
      images: [image],
      publishedTime: article.publishedAt?.toISOString(),
      modifiedTime: article.updatedAt.toISOString(),
      section: article.category.name,
    }),
    twitter: { card: "summary_large_image", title, description, images: [image.url] },
  };
}

export default async function ArticlePage({ params }: Props) {
  const loaded = await load(params);
  if (!loaded) notFound();
  const { article, sameCategory, related, preview } = loaded;
  const settings = await cachedSettings();
  return <ArticleView article={article} sameCategory={sameCategory} related={related} settings={settings} preview={preview} />;
}
