import { scheduleFeedPath, SCHEDULE_FILTER_PATH, schedulePath } from "@/lib/schedule/paths";
import type { ScheduleItem } from "@/lib/schedule/queries";
import { SCHEDULE_STATUS_LABELS } from "@/lib/schedule/status";
import { formatClock, formatDayHeading, formatEntryTime, formatWeekSpan, shiftWeek, weekParam } from "@/lib/schedule/week";
import { formatDateTime } from "@/lib/text/date";
import styles from "./Schedule.module.css";

type Leader = { id: number; slug: string; fullName: string };

/** One line of the schedule: time, content, leaders, place, who chairs, who attends, who prepares. */
export function ScheduleEntryItem({ item, headingLevel = 3 }: { item: ScheduleItem; headingLevel?: 3 | 4 }) {
  const { entry, movedAway } = item;
  const Heading = `h${headingLevel}` as const;
  const time = movedAway ? (entry.allDay ? "Cả ngày" : formatClock(item.at)) : formatEntryTime(entry);
  const status = entry.status === "PLANNED" ? null : SCHEDULE_STATUS_LABELS[entry.status];
  return (
    <li className={`${styles.entry} ${entry.status !== "PLANNED" ? styles.changed : ""}`} data-testid="schedule-entry">
      <p className={styles.time}>
        {movedAway ? <s>{time}</s> : time}
        {status ? <span className={styles.status}>{status}</span> : null}
      </p>
      <div>
        <Heading className={styles.content}>{entry.content}</Heading>
        {movedAway ? (
          <p className={styles.note}>
            Chuyển sang {entry.allDay ? formatDayHeading(new Date(entry.startsAt.getTime() + 7 * 3600_000)) : formatDateTime(entry.startsAt)}
          </p>
        ) : null}
        {!movedAway && entry.status === "TIME_CHANGED" && entry.previousStartsAt ? (
          <p className={styles.note}>Thời gian cũ: {formatDateTime(entry.previousStartsAt)}</p>
        ) : null}
        <dl className={styles.details}>
          {entry.officials.length ? (
            <div>
              <dt>Lãnh đạo</dt>
              <dd>
                {entry.officials.map((official, i) => (
                  <span key={official.id}>
                    {i ? ", " : null}
                    <a href={`/lanh-dao/${official.slug}`}>{official.fullName}</a>
                  </span>
                ))}
              </dd>
            </div>
          ) : null}
          {entry.place ? (
            <div>
              <dt>Địa điểm</dt>
              <dd>{entry.place}</dd>
            </div>
          ) : null}
          {entry.chair ? (
            <div>
              <dt>Chủ trì</dt>
              <dd>{entry.chair}</dd>
            </div>
          ) : null}
          {entry.participants ? (
            <div>
              <dt>Thành phần</dt>
              <dd className={styles.multiline}>{entry.participants}</dd>
            </div>
          ) : null}
          {entry.preparedBy ? (
            <div>
              <dt>Chuẩn bị</dt>
              <dd>{entry.preparedBy}</dd>
            </div>
          ) : null}
        </dl>
      </div>
    </li>
  );
}

/**
 * A week of the work schedule, Monday to Sunday, today marked; plain links to the weeks around it and
 * a GET form to choose a leader (no client script). Prints on one A4 landscape page.
 */
export function ScheduleWeek({
  monday,
  today,
  days,
  leaders,
  leader,
}: {
  monday: Date;
  today: Date;
  days: { day: Date; items: ScheduleItem[] }[];
  leaders: Leader[];
  leader: Leader | null;
}) {
  const slug = leader?.slug ?? null;
  const total = days.reduce((n, d) => n + d.items.length, 0);
  return (
    <div className={styles.sheet}>
      <h1 className={styles.title}>Lịch công tác{leader ? ` của ${leader.fullName}` : ""}</h1>
      <p className={styles.span}>Tuần từ {formatWeekSpan(monday)}</p>
      <nav aria-label="Chọn tuần" className={styles.weeks} data-print="hide">
        <a href={schedulePath(shiftWeek(monday, -1), slug)} rel="prev">
          ‹ Tuần trước
        </a>
        <a href={slug ? schedulePath(todayMonday(today), slug) : "/lich-cong-tac"}>Tuần này</a>
        <a href={schedulePath(shiftWeek(monday, 1), slug)} rel="next">
          Tuần sau ›
        </a>
      </nav>
      <form method="get" action={SCHEDULE_FILTER_PATH} className={styles.filter} data-print="hide">
        <input type="hidden" name="tuan" value={weekParam(monday)} />
        <label htmlFor="schedule-leader">Lãnh đạo</label>
        <select id="schedule-leader" name="lanh-dao" defaultValue={slug ?? ""}>
          <option value="">Tất cả lãnh đạo</option>
          {leaders.map((l) => (
            <option key={l.id} value={l.slug}>
              {l.fullName}
            </option>
          ))}
        </select>
        <button type="submit">Xem lịch</button>
        <a href={scheduleFeedPath(slug)} className={styles.feed}>
          Tải lịch (.ics){leader ? ` của ${leader.fullName}` : ""}
        </a>
      </form>
      {total === 0 ? <p className={styles.empty}>Chưa có lịch công tác trong tuần này.</p> : null}
      <ol className={styles.days}>
        {days.map(({ day, items }) => {
          const isToday = day.getTime() === today.getTime();
          return (
            <li key={day.getTime()} className={`${styles.day} ${isToday ? styles.today : ""}`} aria-current={isToday ? "date" : undefined}>
              <h2 className={styles.dayHeading}>
                {formatDayHeading(day)}
                {isToday ? <span className={styles.todayMark}>Hôm nay</span> : null}
              </h2>
              {items.length ? (
                <ul className={styles.entries}>
                  {items.map((item) => (
                    <ScheduleEntryItem key={`${item.entry.id}-${item.movedAway ? "old" : "new"}`} item={item} />
                  ))}
                </ul>
              ) : (
                <p className={styles.none}>Không có lịch.</p>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function todayMonday(today: Date): Date {
  return new Date(today.getTime() - ((today.getUTCDay() + 6) % 7) * 86_400_000);
}
