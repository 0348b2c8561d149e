/**
 * The public origin of the site, for absolute links (canonical, feeds, sitemaps, OpenGraph).
 * Set SITE_URL in production (e.g. https://nghean.dcs.vn); defaults to the local server.
 */
export function siteUrl(): string {
  const configured = process.env.SITE_URL?.trim();
  if (!configured) return `http://localhost:${process.env.PORT ?? 3000}`;
  if (checkedSiteUrl?.configured !== configured) checkedSiteUrl = { configured, origin: checkSiteUrl(configured) };
  return checkedSiteUrl.origin;
}

let checkedSiteUrl: { configured: string; origin: string } | undefined;

/** "nghean.dcs.vn" (no scheme) would make every absolute link fail deep inside a page: say so plainly. */
function checkSiteUrl(configured: string): string {
  let url: URL | null = null;
  try {
    url = new URL(configured);
  } catch {}
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:") || !url.host) {
    throw new Error(`SITE_URL must be the site's full address with http:// or https:// (e.g. https://nghean.dcs.vn), not "${configured}"`);
  }
  return configured.replace(/\/+$/, "");
}

export function absoluteUrl(path: string): string {
  return new URL(path, `${siteUrl()}/`).toString();
}

/**
 * An absolute address on this site (SITE_URL's origin) as its path, anything else as it is: a link or
 * image chosen by pasting the site's own URL then survives a change of domain, and the media library
 * recognises its images as in use.
 */
export function sitePathOf(address: string): string {
  if (!/^https?:\/\//i.test(address)) return address;
  try {
    const url = new URL(address);
    const path = url.pathname + url.search + url.hash;
    // "https://site//evil.example/" would become "//evil.example/", another site: kept absolute.
    return url.origin === new URL(siteUrl()).origin && /^\/(?![/\\])/.test(path) ? path : address;
  } catch {
    return address;
  }
}
