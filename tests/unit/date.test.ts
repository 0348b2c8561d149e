import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "@/lib/text/date";

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
