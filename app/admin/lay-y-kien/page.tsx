import type { Metadata } from "next";
import Link from "next/link";
import styles from "@/components/admin/Admin.module.css";
import { NoAccess } from "@/components/admin/NoAccess";
import { TableScroll } from "@/components/admin/TableScroll";
import { listConsultationsForStaff } from "@/lib/consultations/admin";
import { PHASE_LABELS, phaseOf } from "@/lib/consultations/rules";
import { can } from "@/lib/people/policy";
import { requireStaff } from "@/lib/people/session";
import { formatDateTime } from "@/lib/text/date";

export const metadata: Metadata = { title: "Lấy ý kiến dự thảo" };

export default async function ConsultationsAdminPage() {
  const user = await requireStaff("/admin/lay-y-kien");
  if (!can(user, "consultations.manage")) return <NoAccess message="Chức năng này dành cho biên tập viên và quản trị viên." />;
  const drafts = await listConsultationsForStaff(user);
  const now = new Date();
  return (
    <section>
      <h1>Lấy ý kiến dự thảo</h1>
      <p>
        <Link href="/admin/lay-y-kien/moi" className="button primary">
          Tạo dự thảo
        </Link>
      </p>
      {drafts.length ? (
        <TableScroll label="Dự thảo lấy ý kiến">
          <table>
            <thead>
              <tr>
                <th scope="col">Dự thảo</th>
                <th scope="col">Tình trạng</th>
                <th scope="col">Thời gian lấy ý kiến</th>
                <th scope="col">Góp ý chờ duyệt</th>
                <th scope="col">Tổng số góp ý</th>
              </tr>
            </thead>
            <tbody>
              {drafts.map((draft) => (
                <tr key={draft.id}>
                  <td>
                    <Link href={`/admin/lay-y-kien/${draft.id}`}>{draft.title}</Link>
                  </td>
                  <td>{draft.publishedAt ? PHASE_LABELS[phaseOf(draft, now)] : "Chưa đăng"}</td>
                  <td>
                    {formatDateTime(draft.opensAt)} – {formatDateTime(draft.closesAt)}
                  </td>
                  <td>{draft.comments.NEW}</td>
                  <td>{draft.comments.NEW + draft.comments.PUBLISHED + draft.comments.HIDDEN}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <p className={styles.muted}>Chưa có dự thảo nào.</p>
      )}
    </section>
  );
}
