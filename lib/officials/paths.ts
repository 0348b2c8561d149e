/** The public page of an official: /lanh-dao/<slug>. */
export function officialPath(slug: string): string {
  return `/lanh-dao/${slug}`;
}
