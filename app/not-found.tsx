import Link from "next/link";
import { NotFoundMessage } from "@/components/site/NotFoundMessage";
import { DEFAULT_SITE_SETTINGS } from "@/lib/settings";
import { NOT_FOUND_METADATA } from "@/lib/site/metadata";

export const metadata = NOT_FOUND_METADATA;

// Misses under the paths proxy.ts leaves alone (the API, Next's files: its matcher). This page is
// prerendered by `next build`, which has no database: it shows the masthead from the default
// settings; every other missing address gets the site's 404 page with the full header and menu.
export default function NotFound() {
  return (
    <>
      <header className="site-header">
        <div className="masthead">
          <Link href="/" className="brand">
            <span className="brand-tagline">{DEFAULT_SITE_SETTINGS.tagline}</span>
            <span className="brand-name">{DEFAULT_SITE_SETTINGS.siteName}</span>
          </Link>
        </div>
      </header>
      <main id="noi-dung" className="site-main not-found">
        <NotFoundMessage />
      </main>
    </>
  );
}
