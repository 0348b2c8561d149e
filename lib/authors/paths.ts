/** The public page of an author: /tac-gia/<slug>. */
export function authorPath(slug: string): string {
  return `/tac-gia/${slug}`;
}

/** An author's listing page: /tac-gia/<slug> for page 1, /tac-gia/<slug>?trang=N after (next.config.ts rewrites it). */
export function authorPageHref(slug: string, page: number): string {
  return page <= 1 ? authorPath(slug) : `${authorPath(slug)}?trang=${page}`;
}
