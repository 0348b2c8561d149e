import type { Metadata } from "next";
import Link from "next/link";
import styles from "@/components/admin/Admin.module.css";
import { NoAccess } from "@/components/admin/NoAccess";
import { TableScroll } from "@/components/admin/TableScroll";
import { Pagination } from "@/components/site/Pagination";
import { listDocumentsForStaff } from "@/lib/documents/admin";
import { can } from "@/lib/people/policy";
import { requireStaff } from "@/lib/people/session";
import { formatDate } from "@/lib/text/date";

export const metadata: Metadata = { title: "Văn bản" };

type Props = { searchParams: Promise<{ q?: string; trang?: string }> };

export default async function DocumentsAdminPage({ searchParams }: Props) {
  const user = await requireStaff("/admin/van-ban");
  if (!can(user, "documents.manage")) return <NoAccess message="Chức năng này dành cho biên tập viên và quản trị viên." />;
  const query = await searchParams;
  const q = typeof query.q === "string" ? query.q : "";
  const result = await listDocumentsForStaff(user, { q, page: Number(query.trang) || 1 });
  return (
    <section>
      <h1>Văn bản</h1>
      <p className={styles.actions}>
        <Link href="/admin/van-ban/moi" className="button primary">
          Thêm văn bản
        </Link>
        {can(user, "documents.lists") ? <Link href="/admin/van-ban/danh-muc">Loại văn bản, cơ quan ban hành</Link> : null}
      </p>
      <form action="/admin/van-ban" method="get" role="search" aria-label="Tìm văn bản" className={styles.inline}>
        <div className={styles.field}>
          <label htmlFor="tim-van-ban">Số, ký hiệu hoặc trích yếu</label>
          <input id="tim-van-ban" name="q" type="search" defaultValue={q} maxLength={200} />
        </div>
        <button type="submit" className="button">
          Tìm
        </button>
      </form>
      {result.documents.length ? (
        <TableScroll label="Danh sách văn bản">
          <table>
            <thead>
              <tr>
                <th scope="col">Số, ký hiệu</th>
                <th scope="col">Loại</th>
                <th scope="col">Cơ quan ban hành</th>
                <th scope="col">Ngày ban hành</th>
                <th scope="col">Trích yếu</th>
                <th scope="col">Trạng thái</th>
              </tr>
            </thead>
            <tbody>
              {result.documents.map((d) => (
                <tr key={d.id}>
                  <td>
                    <Link href={`/admin/van-ban/${d.id}`}>{d.number}</Link>
                  </td>
                  <td>{d.type.name}</td>
                  <td>{d.issuingBody.name}</td>
                  <td>{formatDate(d.issuedOn)}</td>
                  <td>{d.summary.length > 160 ? `${d.summary.slice(0, 160)}…` : d.summary}</td>
                  <td>{d.publishedAt ? "Đã đăng" : "Chưa đăng"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <p className={styles.muted}>Không có văn bản nào.</p>
      )}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        hrefFor={(page) => {
          const search = new URLSearchParams({ ...(q ? { q } : {}), ...(page > 1 ? { trang: String(page) } : {}) }).toString();
          return search ? `/admin/van-ban?${search}` : "/admin/van-ban";
        }}
      />
    </section>
  );
}
