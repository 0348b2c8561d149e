import { describe, expect, it } from "vitest";
import { positionsOn, titleOn, type PositionSpan } from "@/lib/officials/titles";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const thaiThanhQuy: PositionSpan[] = [
  { title: "Bí thư Tỉnh ủy", organisation: "Tỉnh ủy Nghệ An", startDate: day("2020-10-01"), endDate: day("2024-06-20"), order: 2 },
  { title: "Ủy viên Trung ương Đảng", organisation: "Ban Chấp hành Trung ương", startDate: day("2016-01-27"), endDate: null, order: 1 },
  { title: "Chủ tịch HĐND tỉnh", organisation: "HĐND tỉnh Nghệ An", startDate: day("2021-06-25"), endDate: day("2024-06-20"), order: 4 },
  { title: "Trưởng ban", organisation: "Ban Chính sách, chiến lược Trung ương", startDate: day("2025-02-01"), endDate: null, order: 3 },
];

describe("an official's title on a date", () => {
  it("names the posts held when a 2022 article was published", () => {
    expect(titleOn(thaiThanhQuy, new Date("2022-03-23T08:30:00+07:00"))).toBe("Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh");
  });

  it("names today's posts after the post changed hands", () => {
    expect(titleOn(thaiThanhQuy, new Date("2026-01-01T00:00:00+07:00"))).toBe("Ủy viên Trung ương Đảng, Trưởng ban");
  });

  it("compares by the day in Vietnam: early morning of the start day counts", () => {
    // 06:00 on 01/10/2020 in Vietnam is still 30/09 in UTC.
    expect(positionsOn(thaiThanhQuy, new Date("2020-10-01T06:00:00+07:00")).map((p) => p.title)).toContain("Bí thư Tỉnh ủy");
    expect(positionsOn(thaiThanhQuy, new Date("2020-09-30T22:00:00+07:00")).map((p) => p.title)).not.toContain("Bí thư Tỉnh ủy");
  });
});
