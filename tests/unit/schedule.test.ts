import { describe, expect, it } from "vitest";
import { tagsFor } from "@/lib/cache/tags";
import { can } from "@/lib/people/policy";
import { scheduleCalendar } from "@/lib/schedule/ics";
import { feedLeaderOf, filterTarget, scheduleFeedPath, schedulePath } from "@/lib/schedule/paths";
import { weekSchedule, type ScheduleEntryView } from "@/lib/schedule/queries";
import { formatDayHeading, formatEntryTime, formatWeekSpan, parseWeekParam, shiftWeek, weekDays, weekParam, weekRange, weekStartOf } from "@/lib/schedule/week";
import { isInternalRoute } from "@/lib/site/routes";

const day = (value: string) => new Date(`${value}T00:00:00Z`);

describe("schedule weeks (Vietnam, Monday to Sunday)", () => {
  it("starts a week on Vietnam's Monday, whatever UTC's day is", () => {
    // Monday 07/12/2026 00:30 in Hà Nội is Sunday 17:30 UTC.
    expect(weekParam(weekStartOf(new Date("2026-12-06T17:30:00Z")))).toBe("2026-12-07");
    // Sunday 13/12/2026 23:59 in Hà Nội still belongs to that week.
    expect(weekParam(weekStartOf(new Date("2026-12-13T16:59:00Z")))).toBe("2026-12-07");
    expect(weekParam(weekStartOf(new Date("2026-12-13T17:00:00Z")))).toBe("2026-12-14");
  });

  it("crosses years, and leap days, by whole weeks (no daylight saving to skip)", () => {
    // 01/01/2027 is a Friday: its week began on Monday 28/12/2026.
    expect(weekParam(weekStartOf(new Date("2027-01-01T03:00:00Z")))).toBe("2026-12-28");
    expect(weekDays(day("2026-12-28")).map(weekParam)).toEqual([
      "2026-12-28",
      "2026-12-29",
      "2026-12-30",
      "2026-12-31",
      "2027-01-01",
      "2027-01-02",
      "2027-01-03",
    ]);
    expect(weekParam(shiftWeek(day("2026-12-28"), 1))).toBe("2027-01-04");
    expect(weekParam(shiftWeek(day("2028-02-28"), 1))).toBe("2028-03-06");
    expect(weekParam(shiftWeek(day("2026-03-30"), -1))).toBe("2026-03-23");
    const { from, to } = weekRange(day("2026-12-28"));
    expect(from.toISOString()).toBe("2026-12-27T17:00:00.000Z");
    expect(to.getTime() - from.getTime()).toBe(7 * 86_400_000);
  });

  it("names days and weeks in Vietnamese", () => {
    expect(formatDayHeading(day("2026-12-07"))).toBe("Thứ Hai, 07/12/2026");
    expect(formatDayHeading(day("2026-12-13"))).toBe("Chủ Nhật, 13/12/2026");
    expect(formatWeekSpan(day("2026-12-28"))).toBe("28/12/2026 – 03/01/2027");
    expect(formatEntryTime({ allDay: false, startsAt: new Date("2026-12-07T01:30:00Z"), endsAt: new Date("2026-12-07T03:00:00Z") })).toBe("08:30 – 10:00");
    expect(formatEntryTime({ allDay: true, startsAt: new Date("2026-12-06T17:00:00Z"), endsAt: null })).toBe("Cả ngày");
  });

  it("accepts only a Monday as a week's address", () => {
    expect(parseWeekParam("2026-12-07")?.toISOString()).toBe("2026-12-07T00:00:00.000Z");
    for (const bad of ["2026-12-08", "2026-02-30", "tuan-nay", "", "2026-12-7", "<script>"]) expect(parseWeekParam(bad), bad).toBeNull();
  });
});

describe("schedule addresses", () => {
  it("leads the leader filter to a cached address, ignoring anything that is not a Monday or a slug", () => {
    const monday = day("2026-12-07");
    expect(filterTarget(new URLSearchParams("tuan=2026-12-14&lanh-dao=nguyen-duc-trung"), monday)).toBe("/lich-cong-tac/2026-12-14/nguyen-duc-trung");
    expect(filterTarget(new URLSearchParams("tuan=2026-12-15&lanh-dao="), monday)).toBe("/lich-cong-tac/2026-12-07");
    expect(filterTarget(new URLSearchParams("lanh-dao=%3Cscript%3E"), monday)).toBe("/lich-cong-tac/2026-12-07");
    expect(schedulePath(monday)).toBe("/lich-cong-tac/2026-12-07");
    expect(scheduleFeedPath(null)).toBe("/lich-cong-tac/ics/tat-ca.ics");
    expect([feedLeaderOf("tat-ca.ics"), feedLeaderOf("nguyen-duc-trung.ics"), feedLeaderOf("x.xml"), feedLeaderOf("A B.ics")]).toEqual([
      "",
      "nguyen-duc-trung",
      null,
      null,
    ]);
    expect(isInternalRoute("/lich-cong-tac/tuan-nay")).toBe(true);
    expect(isInternalRoute("/lich-cong-tac/2026-12-07")).toBe(false);
  });

  it("expires the schedule pages, the feeds and the officials' pages on a change", () => {
    expect(tagsFor({ kind: "schedule", officialIds: [3, 5, 3] })).toEqual(["schedule", "official:3", "official:5"]);
  });

  it("lets editors and admins manage the schedule, not reporters", () => {
    expect(can({ id: 1, role: "EDITOR" }, "schedule.manage")).toBe(true);
    expect(can({ id: 1, role: "ADMIN" }, "schedule.manage")).toBe(true);
    expect(can({ id: 1, role: "REPORTER" }, "schedule.manage")).toBe(false);
    expect(can(null, "schedule.manage")).toBe(false);
  });
});

const entry = (over: Partial<ScheduleEntryView>): ScheduleEntryView => ({
  id: 1,
  startsAt: new Date("2026-12-07T01:30:00Z"),
  endsAt: new Date("2026-12-07T03:00:00Z"),
  allDay: false,
  content: "Họp <b>giao ban</b>",
  place: "Phòng 1",
  chair: "",
  participants: "",
  preparedBy: "Văn phòng",
  status: "PLANNED",
  previousStartsAt: null,
  updatedAt: new Date("2026-12-01T02:00:00Z"),
  officials: [{ id: 4, slug: "nguyen-duc-trung", fullName: "Nguyễn Đức Trung" }],
  ...over,
});

describe("a week's days", () => {
  it("keeps a moved entry in its old place, marked, and shows it at its new time", () => {
    const moved = entry({
      id: 2,
      status: "TIME_CHANGED",
      startsAt: new Date("2026-12-10T07:00:00Z"),
      endsAt: null,
      previousStartsAt: new Date("2026-12-09T07:00:00Z"),
    });
    const days = weekSchedule(day("2026-12-07"), [entry({}), moved]);
    expect(days.map((d) => d.items.map((i) => [i.entry.id, i.movedAway]))).toEqual([[[1, false]], [], [[2, true]], [[2, false]], [], [], []]);
    // Moved into next week: this week still lists it in its old place, next week at the new one.
    const away = entry({ id: 3, status: "TIME_CHANGED", startsAt: new Date("2026-12-15T07:00:00Z"), previousStartsAt: new Date("2026-12-09T07:00:00Z") });
    expect(weekSchedule(day("2026-12-07"), [away]).flatMap((d) => d.items.map((i) => i.movedAway))).toEqual([true]);
    expect(weekSchedule(day("2026-12-14"), [away]).flatMap((d) => d.items.map((i) => i.movedAway))).toEqual([false]);
  });
});

describe("the .ics feed", () => {
  const ics = scheduleCalendar({
    name: "Lịch công tác - Cổng TTĐT",
    host: "nghean.example.vn",
    url: "https://nghean.example.vn/lich-cong-tac",
    entries: [entry({}), entry({ id: 2, allDay: true, startsAt: new Date("2026-12-08T17:00:00Z"), endsAt: null, status: "POSTPONED", content: "Đi công tác" })],
  });
  const unfolded = ics.replace(/\r\n[ \t]/g, "");

  it("writes times on Vietnam's clocks with the zone's definition", () => {
    expect(unfolded).toContain("DTSTART;TZID=Asia/Ho_Chi_Minh:20261207T083000");
    expect(unfolded).toContain("DTEND;TZID=Asia/Ho_Chi_Minh:20261207T100000");
    expect(unfolded).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Asia\/Ho_Chi_Minh\r\n[\s\S]*TZOFFSETTO:\+0700/);
    expect(unfolded).toContain("DTSTART;VALUE=DATE:20261209");
    expect(unfolded).toContain("UID:lich-cong-tac-1@nghean.example.vn");
  });

  it("marks a postponed entry and keeps text as text", () => {
    expect(unfolded).toContain("SUMMARY:[Hoãn] Đi công tác");
    expect(unfolded).toContain("STATUS:CANCELLED");
    expect(unfolded).toContain("SUMMARY:Họp <b>giao ban</b>");
    expect(unfolded).toContain("DESCRIPTION:Lãnh đạo: Nguyễn Đức Trung\\nĐơn vị chuẩn bị: Văn phòng");
  });

  it("gives the same bytes for the same schedule (the feed's ETag holds)", () => {
    expect(
      scheduleCalendar({ name: "Lịch công tác - Cổng TTĐT", host: "nghean.example.vn", url: "https://nghean.example.vn/lich-cong-tac", entries: [entry({})] }),
    ).toBe(
      scheduleCalendar({ name: "Lịch công tác - Cổng TTĐT", host: "nghean.example.vn", url: "https://nghean.example.vn/lich-cong-tac", entries: [entry({})] }),
    );
  });
});
