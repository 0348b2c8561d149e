import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HomeView } from "@/components/site/HomeView";
import { HOME_EDITION } from "@/lib/site/routes";
import { cachedSettings } from "@/lib/site/reader-data";
import { siteAlternates, siteOpenGraph } from "@/lib/site/metadata";

// The home page "/" is served from here (rewrite in next.config.ts): a page with a parameter and no
// static params is rendered on its first request, then cached (ISR) until a tag it read is invalidated.
// A parameterless page would be prerendered by `next build`, which must not open the database.
// Re-rendered at least every 10 minutes for "Đọc nhiều" (MOST_READ_REVALIDATE in lib/site/reader-data.ts).
export const revalidate = 600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ edition: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const settings = await cachedSettings();
  return { title: { absolute: settings.siteName }, alternates: siteAlternates("/"), openGraph: siteOpenGraph({ url: "/", title: settings.siteName }) };
}

export default async function HomePage({ params }: Props) {
  if ((await params).edition !== HOME_EDITION) notFound();
  return <HomeView />;
}
