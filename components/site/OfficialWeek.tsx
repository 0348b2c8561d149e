import { scheduleFeedPath, schedulePath } from "@/lib/schedule/paths";
import { weekSchedule, type ScheduleEntryView } from "@/lib/schedule/queries";
import { formatDayHeading, formatWeekSpan } from "@/lib/schedule/week";
import { ScheduleEntryItem } from "./ScheduleWeek";
import styles from "./Schedule.module.css";

/** An official's page: their work schedule of this week, by day, with links to the week page and the feed. */
export function OfficialWeek({ monday, entries, slug }: { monday: Date; entries: ScheduleEntryView[]; slug: string }) {
  const days = weekSchedule(monday, entries).filter((d) => d.items.length > 0);
  return (
    <section aria-labelledby="lich-cong-tac">
      <h2 id="lich-cong-tac" className="section-title">
        Lịch công tác tuần này
      </h2>
      <p className={styles.span}>Tuần từ {formatWeekSpan(monday)}</p>
      {days.length ? (
        <ol className={styles.days}>
          {days.map(({ day, items }) => (
            <li key={day.getTime()} className={styles.day}>
              <h3 className={styles.dayHeading}>{formatDayHeading(day)}</h3>
              <ul className={styles.entries}>
                {items.map((item) => (
                  <ScheduleEntryItem key={`${item.entry.id}-${item.movedAway ? "old" : "new"}`} item={item} headingLevel={4} />
                ))}
              </ul>
            </li>
          ))}
        </ol>
      ) : (
        <p>Chưa có lịch công tác trong tuần này.</p>
      )}
      <p>
        <a href={schedulePath(monday, slug)}>Xem lịch theo tuần</a> · <a href={scheduleFeedPath(slug)}>Tải lịch (.ics)</a>
      </p>
    </section>
  );
}
