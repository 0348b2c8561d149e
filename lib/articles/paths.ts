import { decodePathSegment } from "@/lib/http/path-segment";

/** The public URL of an article: /tin/<slug>-<id>. The id decides; the slug is only for people. */
export function articlePath(article: { id: number; slug: string }): string {
  return `/tin/${article.slug}-${article.id}`;
}

/** "ban-thuong-vu-tinh-uy-hop-phien-3-2022-42" → { slug: "ban-…-2022", id: 42 } */
export function parseArticleParam(param: string): { slug: string; id: number } | null {
  const match = /^(?:(.*)-)?(\d{1,9})$/.exec(decodePathSegment(param));
  if (!match) return null;
  return { slug: match[1] ?? "", id: Number(match[2]) };
}

/** An article id from an admin URL segment, or null. */
export function parseArticleId(value: string): number | null {
  return /^\d{1,9}$/.test(value) ? Number(value) : null;
}
