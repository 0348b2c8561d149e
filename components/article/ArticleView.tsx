import { ResponsiveImage } from "@/components/media/ResponsiveImage";
import { ArticleBody } from "@/components/article/ArticleBody";
import { ArticleTeaserList } from "@/components/article/ArticleTeaserList";
import { ArticleTools } from "@/components/article/ArticleTools";
import { Breadcrumb } from "@/components/article/Breadcrumb";
import { JsonLd } from "@/components/article/JsonLd";
import { ViewCounter } from "@/components/article/ViewCounter";
import { articleJsonLd, breadcrumbJsonLd } from "@/lib/articles/structured-data";
import { articlePath } from "@/lib/articles/paths";
import type { PublishedArticle } from "@/lib/articles/queries";
import type { ArticleTeaser } from "@/lib/articles/teaser";
import { categoryPath, categoryTrail } from "@/lib/categories/breadcrumb";
import { formatFigureCaption } from "@/lib/media/caption";
import { ARTICLE_IMAGE_SIZES, mediaSrc } from "@/lib/media/urls";
import { titleOn } from "@/lib/officials/titles";
import type { SiteSettings } from "@/lib/settings";
import { absoluteUrl } from "@/lib/site/url";
import { formatDateTime } from "@/lib/text/date";
import styles from "./ArticleView.module.css";
import { authorPath } from "@/lib/authors/paths";
import { officialPath } from "@/lib/officials/paths";

type Props = {
  article: PublishedArticle;
  sameCategory: ArticleTeaser[];
  related: ArticleTeaser[];
  settings: SiteSettings;
  /** Staff preview in draft mode: shows the banner, counts no view. */
  preview?: boolean;
};

/** The article page, shared by the cached public path and the staff preview. */
export function ArticleView({ article, sameCategory, related, settings, preview = false }: Props) {
  const trail = categoryTrail(article.category).map((c) => ({ name: c.name, href: categoryPath(c) }));
  const url = absoluteUrl(articlePath(article));
  const when = article.publishedAt ?? article.updatedAt;
  const officials = article.officials.map(({ official }) => ({ ...official, title: titleOn(official.positions, when) }));
  const featuredCaption = article.featuredImage ? formatFigureCaption(article.featuredImageCaption, article.featuredImage.credit) : null;

  return (
    <div className="article-layout">
      <article className={`article ${styles.article}`} data-article data-text-size="vua">
        {preview ? (
          <p className={styles.preview} role="note">
            Bản xem trước — bài viết này {article.status === "PUBLISHED" ? "đang được xuất bản" : "chưa được xuất bản"}; bạn đọc không thấy trang này.
          </p>
        ) : null}
        <Breadcrumb items={trail} />
        <h1 className="article-title">{article.title}</h1>
        <p className={styles.meta}>
          {article.publishedAt ? <time dateTime={article.publishedAt.toISOString()}>{formatDateTime(article.publishedAt)}</time> : <span>Chưa xuất bản</span>}
          {preview ? null : (
            <>
              {" · "}
              <ViewCounter articleId={article.id} initial={article.viewCount} />
            </>
          )}
        </p>
        <ArticleTools url={url} title={article.title} />
        {article.sapo ? <p className="article-sapo">{article.sapo}</p> : null}
        {article.featuredImage ? (
          <figure className="article-figure">
            <ResponsiveImage
              src={mediaSrc(article.featuredImage, 1280)}
              alt={article.featuredImage.alt}
              width={article.featuredImage.width}
              height={article.featuredImage.height}
              sizes={ARTICLE_IMAGE_SIZES}
              preload
            />
            {featuredCaption ? <figcaption>{featuredCaption}</figcaption> : null}
          </figure>
        ) : null}
        <ArticleBody body={article.body} />
        <p className="article-byline">{article.byline || article.author.displayName}</p>
        <p className={styles.author}>
          Đăng bởi <a href={authorPath(article.author.slug)}>{article.author.displayName}</a>
        </p>
        {officials.length ? (
          <section aria-labelledby="lanh-dao-nhac-den" className={styles.officials}>
            <h2 id="lanh-dao-nhac-den" className="section-title">
              Lãnh đạo được nhắc đến
            </h2>
            <ul>
              {officials.map((official) => (
                <li key={official.id}>
                  <a href={officialPath(official.slug)}>{official.fullName}</a>
                  {official.title ? <span className="meta">{official.title}</span> : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <p className={styles.printUrl}>Nguồn: {url}</p>
        <JsonLd data={[articleJsonLd(article, settings), breadcrumbJsonLd(article)]} />
      </article>
      <div className="related" data-print="hide">
        {related.length ? (
          <section aria-labelledby="tin-lien-quan" className={styles.block}>
            <h2 id="tin-lien-quan" className="section-title">
              Tin liên quan
            </h2>
            <ArticleTeaserList articles={related} />
          </section>
        ) : null}
        {sameCategory.length ? (
          <aside aria-labelledby="tin-cung-chuyen-muc" className={styles.block}>
            <h2 id="tin-cung-chuyen-muc" className="section-title">
              Tin cùng chuyên mục
            </h2>
            <ArticleTeaserList articles={sameCategory} />
          </aside>
        ) : null}
      </div>
    </div>
  );
}
