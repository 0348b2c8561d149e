import { calendarDay, isCalendarDay, vietnamDayOf, vietnamDayStart } from "@/lib/text/date";

/**
 * Weeks of the work schedule: Monday to Sunday on Vietnam's calendar (UTC+7 all year, no daylight
 * saving). A week is named by its Monday, a calendar day stored as UTC midnight ("2026-12-07").
 */
const DAY_MS = 86_400_000;

const WEEKDAYS = ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"] as const;

/** The Monday (calendar day) of the Vietnam week an instant falls in. */
export function weekStartOf(at: Date): Date {
  const day = vietnamDayOf(at);
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * DAY_MS);
}

/** The Monday `weeks` weeks after (negative: before) the given Monday. */
export function shiftWeek(monday: Date, weeks: number): Date {
  return new Date(monday.getTime() + weeks * 7 * DAY_MS);
}

/** The seven calendar days of the week starting on `monday`. */
export function weekDays(monday: Date): Date[] {
  return Array.from({ length: 7 }, (_, i) => new Date(monday.getTime() + i * DAY_MS));
}

/** The instants the week begins and ends (exclusive) in Vietnam, for queries. */
export function weekRange(monday: Date): { from: Date; to: Date } {
  return { from: vietnamDayStart(monday), to: vietnamDayStart(monday, 7) };
}

/** "2026-12-07": a week's name in its address. */
export function weekParam(monday: Date): string {
  return monday.toISOString().slice(0, 10);
}

/** The Monday named by an address segment, or null for anything else (not a day, not a Monday). */
export function parseWeekParam(value: string): Date | null {
  if (!isCalendarDay(value)) return null;
  const day = calendarDay(value);
  return day.getUTCDay() === 1 ? day : null;
}

/** "Thứ Hai, 07/12/2026" for a calendar day. */
export function formatDayHeading(day: Date): string {
  const dd = String(day.getUTCDate()).padStart(2, "0");
  const mm = String(day.getUTCMonth() + 1).padStart(2, "0");
  return `${WEEKDAYS[day.getUTCDay()]}, ${dd}/${mm}/${day.getUTCFullYear()}`;
}

/** "07/12/2026 – 13/12/2026": the week's span. */
export function formatWeekSpan(monday: Date): string {
  const sunday = shiftWeek(monday, 1).getTime() - DAY_MS;
  return `${formatDayHeading(monday).split(", ")[1]} – ${formatDayHeading(new Date(sunday)).split(", ")[1]}`;
}

/** "08:30" on Vietnam's clocks. */
export function formatClock(at: Date): string {
  return new Date(at.getTime() + 7 * 3600_000).toISOString().slice(11, 16);
}

/** "08:30 – 10:00", "08:30" or "Cả ngày". */
export function formatEntryTime(entry: { allDay: boolean; startsAt: Date; endsAt: Date | null }): string {
  if (entry.allDay) return "Cả ngày";
  return entry.endsAt ? `${formatClock(entry.startsAt)} – ${formatClock(entry.endsAt)}` : formatClock(entry.startsAt);
}
