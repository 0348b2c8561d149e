import type { Metadata } from "next";
import { SiteFooter } from "@/components/site/SiteFooter";
import { SiteHeader } from "@/components/site/SiteHeader";
import { siteUrl } from "@/lib/site/url";

export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(siteUrl()),
    alternates: { types: { "application/rss+xml": "/rss.xml" } },
    openGraph: { locale: "vi_VN", type: "website", images: ["/og-mac-dinh.png"] },
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
