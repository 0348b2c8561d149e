import type { Metadata } from "next";

type OpenGraph = NonNullable<Metadata["openGraph"]>;
type Feed = { url: string; title: string };

/** The whole site's RSS feed, which every reader page advertises for feed readers and browsers. */
export const SITE_FEED: Feed = { url: "/rss.xml", title: "Tin mới nhất" };

/**
 * A reader page's canonical address and the feeds it advertises (its own first, then the site's). Next
 * merges metadata one key deep, so a page's `alternates` replaces the layout's whole; every page that
 * sets a canonical builds it here.
 */
export function siteAlternates(canonical: string, ownFeeds: Feed[] = []): NonNullable<Metadata["alternates"]> {
  return { canonical, types: { "application/rss+xml": [...ownFeeds, SITE_FEED] } };
}

/** The share picture of pages that have none of their own. */
export const DEFAULT_SHARE_IMAGE = { url: "/og-mac-dinh.png", width: 1200, height: 630, alt: "Cổng thông tin điện tử Đảng bộ tỉnh Nghệ An" };

/**
 * A reader page's OpenGraph: the site's defaults (locale, type, share picture) under what the page
 * sets. Next merges metadata one key deep, so a page's `openGraph` replaces the layout's whole; every
 * page that sets one builds it here.
 */
export function siteOpenGraph(page: OpenGraph = {}): OpenGraph {
  return { locale: "vi_VN", type: "website", images: [DEFAULT_SHARE_IMAGE], ...page };
}

/**
 * Every 404 page's metadata. A response with status 404 takes its metadata from the not-found
 * boundary (Next's errorType "not-found"), not from the page rendered, so app/not-found.tsx,
 * app/(site)/not-found.tsx and the /khong-tim-thay page that proxy.ts rewrites to all export this:
 * otherwise the tab and the history show the bare site name, like the home page. No robots entry:
 * Next adds `noindex` to every 404 response itself (a second one would duplicate the tag).
 */
export const NOT_FOUND_METADATA: Metadata = { title: "Không tìm thấy trang" };
