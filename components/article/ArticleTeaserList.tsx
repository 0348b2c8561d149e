import { ResponsiveImage } from "@/components/media/ResponsiveImage";
import { articlePath } from "@/lib/articles/paths";
import type { ArticleTeaser } from "@/lib/articles/teaser";
import { mediaSrc } from "@/lib/media/urls";
import { formatDateTime } from "@/lib/text/date";
import styles from "./ArticleTeaserList.module.css";

type Props = {
  articles: ArticleTeaser[];
  withSapo?: boolean;
  withImage?: boolean;
  /** Renders the title through this (search highlights the matched words). */
  renderTitle?: (article: ArticleTeaser) => React.ReactNode;
  renderSapo?: (article: ArticleTeaser) => React.ReactNode;
  headingLevel?: 2 | 3;
  /** A ranking ("Đọc nhiều"): a numbered list. */
  ordered?: boolean;
  /** In a grid of narrow columns (720 px up): the picture above the title instead of beside it. */
  stacked?: boolean;
};

export function ArticleTeaserList({
  articles,
  withSapo = false,
  withImage = false,
  renderTitle,
  renderSapo,
  headingLevel = 3,
  ordered = false,
  stacked = false,
}: Props) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const List = ordered ? "ol" : "ul";
  const pictured = stacked ? `${styles.withImage} ${styles.stacked}` : styles.withImage;
  return (
    <List className={ordered ? `teaser-list ${styles.ranked}` : "teaser-list"}>
      {articles.map((article) => (
        <li key={article.id} className={`teaser ${withImage && article.featuredImage ? pictured : ""}`}>
          {withImage && article.featuredImage ? (
            <a href={articlePath(article)} className={styles.thumb} tabIndex={-1} aria-hidden="true">
              <ResponsiveImage
                src={mediaSrc(article.featuredImage, 640)}
                alt=""
                width={240}
                height={160}
                sizes={stacked ? "(min-width: 720px) 400px, (min-width: 600px) 240px, 33vw" : "(min-width: 600px) 240px, 33vw"}
                className={styles.image}
              />
            </a>
          ) : null}
          <div>
            <Heading className="teaser-title">
              <a href={articlePath(article)}>{renderTitle ? renderTitle(article) : article.title}</a>
            </Heading>
            {article.publishedAt ? (
              <time className="meta" dateTime={article.publishedAt.toISOString()}>
                {formatDateTime(article.publishedAt)}
              </time>
            ) : null}
            {withSapo && article.sapo ? <p className="teaser-sapo">{renderSapo ? renderSapo(article) : article.sapo}</p> : null}
          </div>
        </li>
      ))}
    </List>
  );
}
