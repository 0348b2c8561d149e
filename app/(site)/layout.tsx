import type { Metadata } from "next";
import { SiteFooter } from "@/components/site/SiteFooter";
import { SiteHeader } from "@/components/site/SiteHeader";
import { SITE_FEED, siteOpenGraph } from "@/lib/site/metadata";
import { siteUrl } from "@/lib/site/url";

export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(siteUrl()),
    alternates: { types: { "application/rss+xml": [SITE_FEED] } },
    openGraph: siteOpenGraph(),
    twitter: { card: "summary_large_image" },
  };
}

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main id="noi-dung" className="site-main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
