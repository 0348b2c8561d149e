import { describe, expect, it } from "vitest";
import {
  calendarDay,
  formatDate,
  formatDateTime,
  formatTime,
  fromVietnamLocal,
  isCalendarDay,
  toVietnamLocal,
  vietnamDayOf,
  vietnamDayStart,
} from "@/lib/text/date";
import { parseSearchParams } from "@/lib/search";
import { optionalDateTime, optionalDay } from "@/lib/forms/fields";

describe("formatDateTime", () => {
  it("formats the seed article's publication time in Vietnam time", () => {
    expect(formatDateTime(new Date("2022-03-23T08:30:00+07:00"))).toBe("Thứ Tư, 23/03/2022 08:30");
    expect(formatDateTime(new Date("2022-03-23T01:30:00Z"))).toBe("Thứ Tư, 23/03/2022 08:30");
  });

  it("uses Vietnam's day, not UTC's, around midnight", () => {
    // 20:00 UTC on Saturday is 03:00 on Sunday in Hà Nội.
    expect(formatDateTime(new Date("2022-05-21T20:00:00Z"))).toBe("Chủ Nhật, 22/05/2022 03:00");
    expect(formatDate(new Date("2022-12-31T17:30:00Z"))).toBe("01/01/2023");
  });

  it("names every weekday", () => {
    const names = Array.from({ length: 7 }, (_, i) => formatDateTime(new Date(Date.UTC(2022, 2, 20 + i, 3))).split(",")[0]);
    expect(names).toEqual(["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"]);
  });
});

describe("Vietnam's clocks and calendar days", () => {
  it("read and show a form's date-time on Vietnam's clocks, whatever the zone of this process", () => {
    expect(fromVietnamLocal("2026-11-28T06:30").toISOString()).toBe("2026-11-27T23:30:00.000Z");
    expect(fromVietnamLocal("2026-11-28T06:30:15").toISOString()).toBe("2026-11-27T23:30:15.000Z");
    expect(toVietnamLocal(new Date("2026-11-27T23:30:00Z"))).toBe("2026-11-28T06:30");
    expect(formatTime(new Date("2026-11-27T23:30:05Z"))).toBe("06:30:05");
  });

  it("put an instant on Vietnam's day, and a day's range from Vietnam's midnight to the next", () => {
    // 20:00 UTC on 21/05 is already 22/05 in Vietnam; 16:59 UTC is still the 21st.
    expect(vietnamDayOf(new Date("2022-05-21T20:00:00Z")).toISOString()).toBe("2022-05-22T00:00:00.000Z");
    expect(vietnamDayOf(new Date("2022-05-21T16:59:59Z")).toISOString()).toBe("2022-05-21T00:00:00.000Z");
    expect(vietnamDayStart(calendarDay("2022-05-22")).toISOString()).toBe("2022-05-21T17:00:00.000Z");
    expect(vietnamDayStart(calendarDay("2022-05-22"), 1).toISOString()).toBe("2022-05-22T17:00:00.000Z");
  });
});

describe("dates typed into filters and forms", () => {
  it("are real calendar days in years both JavaScript and PostgreSQL read alike", () => {
    for (const day of ["2022-03-23", "2024-02-29", "1930-02-03", "9999-12-31"]) expect(isCalendarDay(day)).toBe(true);
    for (const day of ["2022-02-30", "2023-02-29", "2022-13-01", "0000-01-01", "1799-12-31", "22-03-23", "2022-3-5", ""])
      expect(isCalendarDay(day)).toBe(false);
  });

  it("an impossible search date is dropped, not moved to another day or sent to the database", () => {
    const search = (params: Record<string, string>) => parseSearchParams(params, []);
    const impossible = search({ q: "tinh", "tu-ngay": "2022-02-30", "den-ngay": "0000-01-01" });
    expect(impossible.input).toMatchObject({ from: null, to: null });
    // The page tells the reader which dates it left out.
    expect(impossible.ignoredDays).toEqual(["2022-02-30", "0000-01-01"]);
    expect(search({ q: "tinh", "tu-ngay": "2022-03-23", "den-ngay": "" }).ignoredDays).toEqual([]);
    const valid = search({ q: "tinh", "tu-ngay": "2022-03-23" });
    expect(valid.input.from?.toISOString()).toBe("2022-03-22T17:00:00.000Z");
    // The wrong way round: the days between them, shown in order in the form.
    const reversed = search({ q: "tinh", "tu-ngay": "2022-12-31", "den-ngay": "2022-01-01" });
    expect({ from: reversed.fromText, to: reversed.toText }).toEqual({ from: "2022-01-01", to: "2022-12-31" });
    expect(reversed.input.from?.toISOString()).toBe("2021-12-31T17:00:00.000Z");
    expect(reversed.input.to?.toISOString()).toBe("2022-12-31T17:00:00.000Z");
    expect(optionalDay("ngày bắt đầu").safeParse("2022-02-30").success).toBe(false);
    expect(optionalDay("ngày bắt đầu").parse("2022-02-28")?.toISOString()).toBe("2022-02-28T00:00:00.000Z");
  });

  it("an impossible banner time is refused, not moved to another day or sent to the database", () => {
    const field = optionalDateTime("thời điểm bắt đầu");
    expect(field.parse("2026-11-01T08:00")?.toISOString()).toBe("2026-11-01T01:00:00.000Z");
    expect(field.parse("")).toBeNull();
    for (const value of ["2026-02-30T10:00", "2026-04-31T00:00", "0001-01-01T00:00", "2026-11-01T24:30", "2026-11-01T08:60"]) {
      expect(field.safeParse(value).success, value).toBe(false);
    }
  });
});

describe("a banner time's message", () => {
  it("is said once", () => {
    const result = optionalDateTime("thời điểm bắt đầu").safeParse("hôm qua");
    expect(result.success ? [] : result.error.issues.map((i) => i.message)).toEqual(["Thời điểm bắt đầu không hợp lệ"]);
  });
});
