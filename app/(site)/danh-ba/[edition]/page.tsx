import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OfficialsDirectory } from "@/components/site/OfficialsDirectory";
import { siteAlternates, siteOpenGraph } from "@/lib/site/metadata";
import { OFFICIALS_DIRECTORY_EDITION } from "@/lib/site/routes";

// The officials directory "/lanh-dao" is served from here (rewrite in next.config.ts), cached (ISR)
// until the "officials" tag is expired, like the home page (see app/(site)/trang-nhat).
export const revalidate = 86400;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

const description = "Danh sách lãnh đạo Tỉnh ủy, HĐND, UBND tỉnh Nghệ An theo thứ tự nghi thức.";

export const metadata: Metadata = {
  title: "Lãnh đạo tỉnh",
  description,
  alternates: siteAlternates("/lanh-dao"),
  openGraph: siteOpenGraph({ url: "/lanh-dao", title: "Lãnh đạo tỉnh", description }),
};

export default async function OfficialsPage({ params }: { params: Promise<{ edition: string }> }) {
  if ((await params).edition !== OFFICIALS_DIRECTORY_EDITION) notFound();
  return <OfficialsDirectory />;
}
