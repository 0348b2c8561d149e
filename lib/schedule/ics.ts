import { TZDate } from "@date-fns/tz";
import ical, { ICalEventStatus } from "ical-generator";
import { VIETNAM_TIME_ZONE, vietnamDayOf, vietnamDayStart } from "@/lib/text/date";
import type { ScheduleEntryView } from "./queries";
import { SCHEDULE_STATUS_LABELS } from "./status";

/**
 * The work schedule as iCalendar (RFC 5545), made with ical-generator: times written on Vietnam's
 * clocks (TZID=Asia/Ho_Chi_Minh) with that zone's VTIMEZONE, all-day entries as dates. Everything in
 * the output is derived from the entries (DTSTAMP is the entry's last change), so the same schedule
 * gives the same bytes and the feed's ETag holds.
 */

/** Vietnam is UTC+7 all year, with no daylight saving since 1975: one STANDARD rule describes it. */
const VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  `TZID:${VIETNAM_TIME_ZONE}`,
  "X-LIC-LOCATION:Asia/Ho_Chi_Minh",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0700",
  "TZOFFSETTO:+0700",
  "TZNAME:ICT",
  "DTSTART:19700101T000000",
  "END:STANDARD",
  "END:VTIMEZONE",
].join("\r\n");

const inVietnam = (at: Date) => new TZDate(at.getTime(), VIETNAM_TIME_ZONE);

export function scheduleCalendar(options: { name: string; host: string; url: string; entries: ScheduleEntryView[] }): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: options.host, product: "toasoan-lich-cong-tac", language: "VI" },
    url: options.url,
    timezone: { name: VIETNAM_TIME_ZONE, generator: () => VTIMEZONE },
  });
  for (const entry of options.entries) {
    const start = entry.allDay ? inVietnam(vietnamDayStart(vietnamDayOf(entry.startsAt))) : inVietnam(entry.startsAt);
    const mark = entry.status === "PLANNED" ? "" : `[${SCHEDULE_STATUS_LABELS[entry.status]}] `;
    const description = [
      entry.officials.length ? `Lãnh đạo: ${entry.officials.map((o) => o.fullName).join(", ")}` : "",
      entry.chair ? `Chủ trì: ${entry.chair}` : "",
      entry.participants ? `Thành phần: ${entry.participants}` : "",
      entry.preparedBy ? `Đơn vị chuẩn bị: ${entry.preparedBy}` : "",
    ].filter(Boolean);
    calendar.createEvent({
      id: `lich-cong-tac-${entry.id}@${options.host}`,
      start,
      end: entry.allDay || !entry.endsAt ? null : inVietnam(entry.endsAt),
      allDay: entry.allDay,
      timezone: VIETNAM_TIME_ZONE,
      stamp: inVietnam(entry.updatedAt),
      summary: `${mark}${entry.content}`,
      location: entry.place || null,
      description: description.length ? description.join("\n") : null,
      status: entry.status === "POSTPONED" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
