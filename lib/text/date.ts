/** Dates as a Vietnamese reader expects them, always in Vietnam's time zone. */
export const VIETNAM_TIME_ZONE = "Asia/Ho_Chi_Minh";

const WEEKDAYS = ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"] as const;

const partsFormatter = new Intl.DateTimeFormat("en-US", {
  timeZone: VIETNAM_TIME_ZONE,
  weekday: "short",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
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
  };
}

/** "Thứ Tư, 23/03/2022 08:30" */
export function formatDateTime(date: Date): string {
  const p = vietnamParts(date);
  return `${p.weekday}, ${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
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
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
