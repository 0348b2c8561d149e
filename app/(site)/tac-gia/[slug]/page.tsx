import type { Metadata } from "next";
import { AuthorView, authorMetadata } from "@/components/site/AuthorView";

// Rendered on first request, then served from the cache until the author or one of their articles changes.
export const revalidate = 86400;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return authorMetadata((await params).slug, 1);
}

export default async function AuthorPage({ params }: Props) {
  return <AuthorView slug={(await params).slug} page={1} />;
}
