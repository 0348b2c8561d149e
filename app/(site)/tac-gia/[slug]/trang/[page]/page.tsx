import type { Metadata } from "next";
import { AuthorView, authorMetadata } from "@/components/site/AuthorView";
import { listingPageParam } from "@/lib/site/routes";

// "/tac-gia/<slug>?trang=N" is rewritten here (next.config.ts) so that every page of an author is
// cached on its own; a query string would make the page dynamic.
export const revalidate = 86400;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  return authorMetadata(slug, listingPageParam(page) ?? 0);
}

export default async function AuthorPageN({ params }: Props) {
  const { slug, page } = await params;
  return <AuthorView slug={slug} page={listingPageParam(page) ?? 0} />;
}
