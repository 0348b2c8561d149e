import type { Metadata } from "next";
import Link from "next/link";
import styles from "@/components/admin/Admin.module.css";
import { NoAccess } from "@/components/admin/NoAccess";
import { TableScroll } from "@/components/admin/TableScroll";
import { describeAuditDetails, auditEntityLabel } from "@/lib/audit/describe";
import { auditActionLabel } from "@/lib/audit/labels";
import { auditFilterOptions, listAuditLog, parseAuditFilter } from "@/lib/audit/queries";
import { can } from "@/lib/people/policy";
import { requireStaff } from "@/lib/people/session";
import { formatDateTime, toCalendarDayInput } from "@/lib/text/date";

export const metadata: Metadata = { title: "Nhật ký" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditLogPage({ searchParams }: Props) {
  const user = await requireStaff("/admin/nhat-ky");
  if (!can(user, "audit.view")) return <NoAccess />;
  const filter = parseAuditFilter(await searchParams);
  const [{ rows, total, pages }, options] = await Promise.all([listAuditLog(user, filter), auditFilterOptions(user)]);
  const pageLink = (page: number) => {
    const query = new URLSearchParams();
    if (filter.userId) query.set("userId", String(filter.userId));
    if (filter.action) query.set("action", filter.action);
    if (filter.from) query.set("from", toCalendarDayInput(filter.from));
    if (filter.to) query.set("to", toCalendarDayInput(filter.to));
    query.set("page", String(page));
    return `/admin/nhat-ky?${query}`;
  };
  return (
    <section>
      <h1>Nhật ký hoạt động</h1>
      <form method="get" className={styles.grid} aria-label="Lọc nhật ký">
        <div className={styles.field}>
          <label htmlFor="audit-user">Người thực hiện</label>
          <select id="audit-user" name="userId" defaultValue={filter.userId ? String(filter.userId) : ""}>
            <option value="">Tất cả</option>
            {options.users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.displayName} ({u.email})
              </option>
            ))}
          </select>
        </div>
        <div className={styles.field}>
          <label htmlFor="audit-action">Hành động</label>
          <select id="audit-action" name="action" defaultValue={filter.action}>
            <option value="">Tất cả</option>
            {options.actions.map((action) => (
              <option key={action} value={action}>
                {auditActionLabel(action)}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.field}>
          <label htmlFor="audit-from">Từ ngày</label>
          <input id="audit-from" type="date" name="from" defaultValue={toCalendarDayInput(filter.from)} />
        </div>
        <div className={styles.field}>
          <label htmlFor="audit-to">Đến ngày</label>
          <input id="audit-to" type="date" name="to" defaultValue={toCalendarDayInput(filter.to)} />
        </div>
        <div className={styles.actions}>
          <button type="submit" className="button primary">
            Lọc
          </button>
          <Link href="/admin/nhat-ky">Bỏ lọc</Link>
        </div>
      </form>
      <p className={styles.muted}>{total} bản ghi</p>
      <TableScroll label="Nhật ký">
        <table className={styles.table} data-testid="audit-log">
          <thead>
            <tr>
              <th scope="col">Thời gian</th>
              <th scope="col">Người thực hiện</th>
              <th scope="col">Hành động</th>
              <th scope="col">Đối tượng</th>
              <th scope="col">Chi tiết</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>{formatDateTime(row.createdAt)}</td>
                <td>{row.user ? row.user.displayName : "Hệ thống / khách"}</td>
                <td>
                  {auditActionLabel(row.action)} <code className={styles.muted}>{row.action}</code>
                </td>
                <td>
                  {auditEntityLabel(row.entity)}
                  {row.entityId ? ` #${row.entityId}` : ""}
                </td>
                <td className={styles.auditDetails}>{describeAuditDetails(row.action, row.details)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {pages > 1 ? (
        <nav aria-label="Phân trang" className={styles.actions}>
          {filter.page > 1 ? <Link href={pageLink(filter.page - 1)}>← Trang trước</Link> : null}
          <span>
            Trang {filter.page}/{pages}
          </span>
          {filter.page < pages ? <Link href={pageLink(filter.page + 1)}>Trang sau →</Link> : null}
        </nav>
      ) : null}
    </section>
  );
}
