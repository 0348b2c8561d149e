import Link from "next/link";
import { articlePath } from "@/lib/articles/paths";
import type { ArticleTeaser } from "@/lib/articles/queries";
import { formatDateTime } from "@/lib/text/date";

export function ArticleTeaserList({ articles, withSapo = false }: { articles: ArticleTeaser[]; withSapo?: boolean }) {
  return (
    <ul className="teaser-list">
      {articles.map((article) => (
        <li key={article.id} className="teaser">
          <h3 className="teaser-title">
            <Link href={articlePath(article)}>{article.title}</Link>
          </h3>
          {article.publishedAt ? (
            <time className="meta" dateTime={article.publishedAt.toISOString()}>
              {formatDateTime(article.publishedAt)}
            </time>
          ) : null}
          {withSapo && article.sapo ? <p className="teaser-sapo">{article.sapo}</p> : null}
        </li>
      ))}
    </ul>
  );
}
