import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleBody } from "@/components/article/ArticleBody";
import { ArticleTeaserList } from "@/components/article/ArticleTeaserList";
import { Breadcrumb } from "@/components/article/Breadcrumb";
import { articlePath, parseArticleParam } from "@/lib/articles/paths";
import { getPublishedArticle, listSameCategory } from "@/lib/articles/queries";
import { categoryPath, categoryTrail } from "@/lib/categories/breadcrumb";
import { formatDateTime } from "@/lib/text/date";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slugId: string }> };

async function load(params: Props["params"]) {
  const parsed = parseArticleParam((await params).slugId);
  return parsed ? getPublishedArticle(parsed.id) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await load(params);
  if (!article) return {};
  return {
    title: article.seoTitle ?? article.title,
    description: article.seoDescription ?? article.sapo,
    alternates: { canonical: articlePath(article) },
  };
}

export default async function ArticlePage({ params }: Props) {
  const article = await load(params);
  if (!article) notFound();
  const related = await listSameCategory(article, 16);
  const trail = categoryTrail(article.category).map((c) => ({ name: c.name, href: categoryPath(c) }));

  return (
    <div className="article-layout">
      <article className="article">
        <Breadcrumb items={trail} />
        <h1 className="article-title">{article.title}</h1>
        {article.publishedAt ? (
          <time className="meta" dateTime={article.publishedAt.toISOString()}>
            {formatDateTime(article.publishedAt)}
          </time>
        ) : null}
        {article.sapo ? <p className="article-sapo">{article.sapo}</p> : null}
        <ArticleBody body={article.body} />
        <p className="article-byline">{article.byline || article.author.displayName}</p>
      </article>
      {related.length ? (
        <aside aria-labelledby="tin-cung-chuyen-muc" className="related">
          <h2 id="tin-cung-chuyen-muc" className="section-title">
            Tin cùng chuyên mục
          </h2>
          <ArticleTeaserList articles={related} />
        </aside>
      ) : null}
    </div>
  );
}
