import type { Metadata } from "next";
import Link from "next/link";
import styles from "@/components/admin/Admin.module.css";
import { NoAccess } from "@/components/admin/NoAccess";
import { TableScroll } from "@/components/admin/TableScroll";
import { can } from "@/lib/people/policy";
import { requireStaff } from "@/lib/people/session";
import { listWeekForAdmin } from "@/lib/schedule/admin";
import { SCHEDULE_STATUS_LABELS } from "@/lib/schedule/status";
import { formatDayHeading, formatEntryTime, formatWeekSpan, parseWeekParam, shiftWeek, weekParam, weekStartOf } from "@/lib/schedule/week";
import { vietnamDayOf } from "@/lib/text/date";

export const metadata: Metadata = { title: "Lịch công tác" };

type Props = { searchParams: Promise<{ tuan?: string | string[] }> };

export default async function ScheduleAdminPage({ searchParams }: Props) {
  const user = await requireStaff("/admin/lich-cong-tac");
  if (!can(user, "schedule.manage")) return <NoAccess />;
  const { tuan } = await searchParams;
  const monday = (typeof tuan === "string" && parseWeekParam(tuan)) || weekStartOf(new Date());
  const entries = await listWeekForAdmin(monday);
  return (
    <section>
      <h1>Lịch công tác</h1>
      <p>
        <Link href={`/admin/lich-cong-tac/moi?ngay=${weekParam(monday)}`} className="button primary">
          Thêm lịch
        </Link>
      </p>
      <h2>Tuần từ {formatWeekSpan(monday)}</h2>
      <p>
        <Link href={`/admin/lich-cong-tac?tuan=${weekParam(shiftWeek(monday, -1))}`}>‹ Tuần trước</Link> · <Link href="/admin/lich-cong-tac">Tuần này</Link> ·{" "}
        <Link href={`/admin/lich-cong-tac?tuan=${weekParam(shiftWeek(monday, 1))}`}>Tuần sau ›</Link> ·{" "}
        <a href={`/lich-cong-tac/${weekParam(monday)}`}>Xem trên trang công khai</a>
      </p>
      {entries.length ? (
        <TableScroll label="Lịch công tác trong tuần">
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">Ngày</th>
                <th scope="col">Giờ</th>
                <th scope="col">Nội dung</th>
                <th scope="col">Lãnh đạo</th>
                <th scope="col">Tình trạng</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td>{formatDayHeading(vietnamDayOf(entry.startsAt))}</td>
                  <td>{formatEntryTime(entry)}</td>
                  <td>
                    <Link href={`/admin/lich-cong-tac/${entry.id}`}>{entry.content}</Link>
                  </td>
                  <td>{entry.officials.map((o) => o.official.fullName).join(", ")}</td>
                  <td>{SCHEDULE_STATUS_LABELS[entry.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <p className={styles.muted}>Chưa có lịch trong tuần này.</p>
      )}
    </section>
  );
}
