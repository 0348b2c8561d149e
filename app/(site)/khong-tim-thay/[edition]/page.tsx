import { NOT_FOUND_METADATA } from "@/lib/site/metadata";
import SiteNotFound from "../../not-found";

// proxy.ts answers reader addresses it knows are missing with this page and a 404 status (rewritten
// to /khong-tim-thay/<MISSING_PAGE_EDITION>, lib/site/routes.ts). One cached page for all of them,
// rendered again only when the header, menu or footer change: Next serves a cached page with the
// status proxy.ts gave, and the page front leaves such requests to Next (lib/cache/page-front.cjs).
// A route parameter keeps `next build`, which never opens the database, from prerendering it.
export const revalidate = 86400;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export const metadata = NOT_FOUND_METADATA;

export default SiteNotFound;
