/**
 * Dates as a Vietnamese reader expects them, always in Vietnam's time zone, and the one place that
 * converts between instants and Vietnam's clocks and calendar days (forms, filters, position dates).
 */
export const VIETNAM_TIME_ZONE = "Asia/Ho_Chi_Minh";
/** Vietnam is UTC+7 all year: no daylight saving time. */
const VIETNAM_OFFSET_MS = 7 * 3600_000;
const DAY_MS = 86_400_000;

const WEEKDAYS = ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"] as const;

const partsFormatter = new Intl.DateTimeFormat("en-US", {
  timeZone: VIETNAM_TIME_ZONE,
  weekday: "short",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

const WEEKDAY_INDEX: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

function vietnamParts(date: Date) {
  const parts = Object.fromEntries(partsFormatter.formatToParts(date).map((part) => [part.type, part.value]));
  return {
    weekday: WEEKDAYS[WEEKDAY_INDEX[parts.weekday ?? ""] ?? 0],
    day: parts.day,
    month: parts.month,
    year: parts.year,
    hour: parts.hour,
    minute: parts.minute,
    second: parts.second,
  };
}

/** "Thứ Tư, 23/03/2022 08:30" */
export function formatDateTime(date: Date): string {
  const p = vietnamParts(date);
  return `${p.weekday}, ${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** "08:30:15", for "saved at" notices. */
export function formatTime(date: Date): string {
  const p = vietnamParts(date);
  return `${p.hour}:${p.minute}:${p.second}`;
}

/** "23/03/2022" */
export function formatDate(date: Date): string {
  const p = vietnamParts(date);
  return `${p.day}/${p.month}/${p.year}`;
}

/**
 * Whether "YYYY-MM-DD" names a real calendar day (not 30 February) in a year both JavaScript and
 * PostgreSQL handle the same way (1800–9999; PostgreSQL has no year 0).
 */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number(value.slice(0, 4)) < 1800) return false;
  const date = calendarDay(value);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A wall-clock time without a zone, as <input type="datetime-local"> gives it ("2026-11-28T10:00"). */
export const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?$/;

/** "2026-11-28T10:00" read on Vietnam's clocks, whatever the zone of the server or the browser. */
export function fromVietnamLocal(value: string): Date {
  return new Date(`${value.length === 16 ? `${value}:00` : value}+07:00`);
}

/** An instant as <input type="datetime-local"> shows it on Vietnam's clocks: "2026-11-28T10:00". */
export function toVietnamLocal(date: Date): string {
  return new Date(date.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 16);
}

/** "2022-03-23" as a calendar day: its UTC midnight (how day-only dates are stored and compared). */
export function calendarDay(value: string): Date {
  return new Date(`${value}T00:00:00Z`);
}

/** A calendar day (UTC midnight) as <input type="date"> shows it: "2022-03-23"; empty for none. */
export function toCalendarDayInput(day: Date | null): string {
  return day ? day.toISOString().slice(0, 10) : "";
}

/** The calendar day in Vietnam an instant falls on (as UTC midnight). */
export function vietnamDayOf(at: Date): Date {
  const shifted = at.getTime() + VIETNAM_OFFSET_MS;
  return new Date(shifted - (((shifted % DAY_MS) + DAY_MS) % DAY_MS));
}

/** The instant a calendar day (UTC midnight) begins in Vietnam; `days` later for a range's end. */
export function vietnamDayStart(day: Date, days = 0): Date {
  return new Date(day.getTime() + days * DAY_MS - VIETNAM_OFFSET_MS);
}

/** Today in Vietnam as "2026-12-08" (the key of data that changes with the calendar day). */
export function vietnamToday(now = new Date()): string {
  return toCalendarDayInput(vietnamDayOf(now));
}
