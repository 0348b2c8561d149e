/** The public page of an author: /tac-gia/<slug>. */
export function authorPath(slug: string): string {
  return `/tac-gia/${slug}`;
}
