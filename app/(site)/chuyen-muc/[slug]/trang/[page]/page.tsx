import type { Metadata } from "next";
import { CategoryView, categoryMetadata } from "@/components/site/CategoryView";
import { listingPageParam } from "@/lib/site/routes";

// "/chuyen-muc/<slug>?trang=N" is rewritten here (next.config.ts) so that every page of a category
// is cached on its own; a query string would make the page dynamic.
export const revalidate = 86400;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  return categoryMetadata(slug, listingPageParam(page) ?? 0);
}

export default async function CategoryPageN({ params }: Props) {
  const { slug, page } = await params;
  return <CategoryView slug={slug} page={listingPageParam(page) ?? 0} />;
}
