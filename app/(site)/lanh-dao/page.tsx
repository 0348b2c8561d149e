import type { Metadata } from "next";
import { OfficialsDirectory } from "@/components/site/OfficialsDirectory";

// Read at request time (never prerendered by `next build`, which has no database); the data itself is
// cached under the "officials" tag.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Lãnh đạo tỉnh",
  description: "Danh sách lãnh đạo Tỉnh ủy, HĐND, UBND tỉnh Nghệ An theo thứ tự nghi thức.",
  alternates: { canonical: "/lanh-dao" },
};

export default function OfficialsPage() {
  return <OfficialsDirectory />;
}
