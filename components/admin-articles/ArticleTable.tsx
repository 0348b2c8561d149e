import Link from "next/link";
import { TableScroll } from "@/components/admin/TableScroll";
import type { AdminArticleRow } from "@/lib/articles/admin-queries";
import { STATUS_LABELS } from "@/lib/articles/workflow";
import { formatDateTime } from "@/lib/text/date";
import styles from "./AdminArticles.module.css";

/** Lists link to many editor screens; they are not prefetched (each would be rendered for nothing). */
export function ArticleTable({ rows, caption, dateOf = "updatedAt" }: { rows: AdminArticleRow[]; caption: string; dateOf?: "updatedAt" | "scheduledAt" }) {
  if (!rows.length) return <p>Không có bài viết nào.</p>;
  return (
    <div className={styles.list}>
      <TableScroll label={caption}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Tiêu đề</th>
              <th scope="col">Trạng thái</th>
              <th scope="col">Chuyên mục</th>
              <th scope="col">Tác giả</th>
              <th scope="col">{dateOf === "scheduledAt" ? "Giờ đăng" : "Cập nhật"}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const when = dateOf === "scheduledAt" ? row.scheduledAt : row.updatedAt;
              return (
                <tr key={row.id}>
                  <td>
                    <Link prefetch={false} href={`/admin/bai-viet/${row.id}`}>
                      {row.title}
                    </Link>
                    {row.editingNow ? <small> ({row.editingNow} đang chỉnh sửa)</small> : null}
                  </td>
                  <td>
                    <span className={styles.status}>{STATUS_LABELS[row.status]}</span>
                    {row.scheduleRefusal ? <p className={styles.refusal}>{row.scheduleRefusal}</p> : null}
                  </td>
                  <td>{row.category.name}</td>
                  <td>{row.author.displayName}</td>
                  <td>{when ? formatDateTime(when) : ""}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
