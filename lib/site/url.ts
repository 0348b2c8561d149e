/**
 * The public origin of the site, for absolute links (canonical, feeds, sitemaps, OpenGraph).
 * Set SITE_URL in production (e.g. https://nghean.dcs.vn); defaults to the local server.
 */
export function siteUrl(): string {
  const configured = process.env.SITE_URL?.trim();
  return (configured || `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, "");
}

export function absoluteUrl(path: string): string {
  return new URL(path, `${siteUrl()}/`).toString();
}
