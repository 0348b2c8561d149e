import Link from "next/link";
import { ArticleTable } from "@/components/admin-articles/ArticleTable";
import { dashboard } from "@/lib/articles/admin-queries";
import { auditActionLabel } from "@/lib/audit/labels";
import { STATUS_LABELS } from "@/lib/articles/workflow";
import { can } from "@/lib/people/policy";
import { ROLE_LABELS } from "@/lib/people/roles";
import { requireStaff } from "@/lib/people/session";
import { formatDateTime } from "@/lib/text/date";
import styles from "@/components/admin-articles/AdminArticles.module.css";

export default async function AdminHome() {
  const user = await requireStaff();
  const data = await dashboard(user);
  const editor = can(user, "article.viewAll");
  return (
    <>
      <h1>Xin chào, {user.displayName}</h1>
      <p>
        Bạn đang đăng nhập với vai trò <strong>{ROLE_LABELS[user.role]}</strong> ({user.email}).{" "}
        <Link prefetch={false} href="/admin/bai-viet/moi" className="button primary">
          Viết bài mới
        </Link>
      </p>
      {data.returned.length ? (
        <section aria-labelledby="returned" className={styles.section}>
          <h2 id="returned">Bị trả lại, cần sửa ({data.returned.length})</h2>
          <ul className={styles.plain}>
            {data.returned.map((row) => (
              <li key={row.id}>
                <Link prefetch={false} href={`/admin/bai-viet/${row.id}`}>
                  {row.title}
                </Link>
                : <em>{row.reviewNote}</em>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="my-articles" className={styles.section}>
        <h2 id="my-articles">Bài của tôi</h2>
        <ul className={styles.cards}>
          {Object.entries(STATUS_LABELS).map(([status, label]) => (
            <li key={status}>
              <Link prefetch={false} href={`/admin/bai-viet?status=${status}${editor ? `&authorId=${user.id}` : ""}`}>
                <strong>{data.counts[status] ?? 0}</strong> {label}
              </Link>
            </li>
          ))}
        </ul>
        <ArticleTable rows={data.myRecent} caption="Bài sửa gần đây" />
      </section>
      {editor ? (
        <>
          <section aria-labelledby="review-queue" className={styles.section}>
            <h2 id="review-queue">Chờ duyệt ({data.totals.inReview})</h2>
            <ArticleTable rows={data.reviewQueue} caption="Bài gửi lâu nhất ở trên cùng" />
          </section>
          <section aria-labelledby="scheduled" className={styles.section}>
            <h2 id="scheduled">Hẹn giờ đăng ({data.totals.scheduled})</h2>
            <ArticleTable rows={data.scheduled} caption="Theo giờ đăng" dateOf="scheduledAt" />
          </section>
        </>
      ) : null}
      <section aria-labelledby="activity" className={styles.section}>
        <h2 id="activity">Hoạt động gần đây</h2>
        {data.activity.length ? (
          <ul className={styles.plain}>
            {data.activity.map((a) => (
              <li key={a.id}>
                {formatDateTime(a.createdAt)} — {a.user?.displayName ?? "Hệ thống"}: {auditActionLabel(a.action)}{" "}
                {a.entityId ? (
                  <Link prefetch={false} href={`/admin/bai-viet/${a.entityId}`}>
                    #{a.entityId}
                  </Link>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p>Chưa có hoạt động nào.</p>
        )}
      </section>
    </>
  );
}
