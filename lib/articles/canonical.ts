import { tags } from "@/lib/cache/tags";
import { lookupMemo } from "@/lib/cache/lookup-memo";
import { articlePath, parseArticleParam } from "./paths";
import { findPublishedSlug } from "./queries";

/** What proxy.ts does with /tin/<slug>-<id>: let the page render, 301 to the canonical URL, or 404. */
export type ArticleRoute = { kind: "page" } | { kind: "moved"; to: string } | { kind: "missing" };

/**
 * Decides an article address before the page renders: a wrong or old slug (or a trailing slash) is
 * redirected to the canonical URL; an address that is not an article, or an article that is not
 * published, is missing.
 *
 * The slug of each id is memoised in the process under the article's cache tag, so this check, which
 * runs before every article request that reaches Next, costs a query only the first time and again
 * after the article changes (here or on another instance).
 */
const currentSlugs = lookupMemo<string | null>("article-slugs", { maxAgeMs: 10 * 60_000 });

export async function articleRoute(pathname: string): Promise<ArticleRoute> {
  const match = /^\/tin\/([^/]+)\/?$/.exec(pathname);
  const parsed = match?.[1] ? parseArticleParam(match[1]) : null;
  if (!parsed) return { kind: "missing" };
  const slug = await currentSlugs(String(parsed.id), [tags.article(parsed.id)], () => findPublishedSlug(parsed.id));
  if (slug === null) return { kind: "missing" };
  if (slug === parsed.slug && !pathname.endsWith("/")) return { kind: "page" };
  return { kind: "moved", to: articlePath({ id: parsed.id, slug }) };
}
