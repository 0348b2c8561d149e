import type { Metadata } from "next";
import { SearchView } from "@/components/site/SearchView";
import { searchQueryOf } from "@/lib/search";
import { siteAlternates } from "@/lib/site/metadata";

// Per request: results depend on the query (the categories list it shows comes from the data cache).
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const text = searchQueryOf(await searchParams);
  return {
    title: text ? `Tìm kiếm: ${text}` : "Tìm kiếm",
    alternates: siteAlternates("/tim-kiem"),
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ searchParams }: Props) {
  return <SearchView params={await searchParams} />;
}
