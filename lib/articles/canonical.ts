import { articlePath, parseArticleParam } from "./paths";
import { findPublishedSlug } from "./queries";

/**
 * Decides whether /tin/<slug>-<id> must be redirected (301) to the article's canonical URL.
 * Only redirects: an unknown id or an unpublished article is left to the page, which answers 404.
 *
 * Slugs are memoised briefly per process so that this check, which runs before every article
 * request, does not cost a query each time. A slug changed on another instance is picked up within
 * SLUG_TTL_MS; meanwhile the page still renders under either slug, so nothing loops.
 */
const SLUG_TTL_MS = 10_000;
const MAX_ENTRIES = 20_000;
const slugs = new Map<number, { slug: string | null; expires: number }>();

export async function canonicalRedirect(pathname: string): Promise<string | null> {
  const match = /^\/tin\/([^/]+)\/?$/.exec(pathname);
  const parsed = match?.[1] ? parseArticleParam(match[1]) : null;
  if (!parsed) return null;
  const slug = await currentSlug(parsed.id);
  if (slug === null || (slug === parsed.slug && !pathname.endsWith("/"))) return null;
  return articlePath({ id: parsed.id, slug });
}

async function currentSlug(id: number): Promise<string | null> {
  const now = Date.now();
  const cached = slugs.get(id);
  if (cached && cached.expires > now) return cached.slug;
  const slug = await findPublishedSlug(id);
  if (slugs.size >= MAX_ENTRIES) slugs.clear();
  slugs.set(id, { slug, expires: now + SLUG_TTL_MS });
  return slug;
}

/** Called by article writes in this process so the change is visible at once here. */
export function forgetCanonicalSlug(id: number): void {
  slugs.delete(id);
}
