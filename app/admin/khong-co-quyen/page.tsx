import type { Metadata } from "next";
import Link from "next/link";
import { ARTICLE_NO_ACCESS, NoAccess } from "@/components/admin/NoAccess";
import { requireStaff } from "@/lib/people/session";
import { STAFF_NO_ACCESS_PATH } from "@/lib/site/routes";

export const metadata: Metadata = { title: "Không có quyền truy cập" };

/**
 * Where a browser refused an article by a staff route handler lands (the preview of a colleague's
 * draft: lib/http/page-fallback.ts). proxy.ts answers this address with status 403.
 */
export default async function StaffNoAccessPage() {
  await requireStaff(STAFF_NO_ACCESS_PATH);
  return (
    <>
      <NoAccess message={ARTICLE_NO_ACCESS} />
      <p>
        <Link prefetch={false} href="/admin/bai-viet">
          Về danh sách bài viết
        </Link>
      </p>
    </>
  );
}
