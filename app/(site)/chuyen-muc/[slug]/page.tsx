import type { Metadata } from "next";
import { CategoryView, categoryMetadata } from "@/components/site/CategoryView";

// Rendered on first request, then served from the cache until an article or category change expires it.
export const revalidate = 86400;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return categoryMetadata((await params).slug, 1);
}

export default async function CategoryPage({ params }: Props) {
  return <CategoryView slug={(await params).slug} page={1} />;
}
