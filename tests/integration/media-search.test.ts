import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { searchMedia } from "@/lib/media/library";
import type { Actor } from "@/lib/people/policy";

let reporter: Actor;

beforeAll(async () => {
  const user = await db.user.create({
    data: { email: "pv@example.vn", displayName: "Phóng viên", slug: "phong-vien", passwordHash: "x", role: "REPORTER" },
  });
  reporter = { id: user.id, role: user.role };
  const media = (path: string, alt: string, caption: string | null, originalName: string) => ({
    path,
    alt,
    caption,
    originalName,
    mime: "image/webp",
    size: 1000,
    width: 800,
    height: 600,
    uploaderId: user.id,
  });
  await db.media.createMany({
    data: [
      media("a.webp", "Đại hội Đảng bộ tỉnh lần thứ XX", null, "IMG_0001.jpg"),
      media("b.webp", "Toàn cảnh phiên họp", "Ảnh: Thành Duy", "phien-hop.jpg"),
      media("c.webp", "Lễ dâng hương tại Kim Liên", "Ảnh: Thanh Mơ", "kim_lien_100%.png"),
    ],
  });
});

describe("media library search", () => {
  const altsFor = async (q: string) => (await searchMedia(reporter, q)).rows.map((row) => row.alt);

  it("ignores diacritics and case, đ included, across alt text, caption and file name", async () => {
    expect(await altsFor("dai hoi")).toEqual(["Đại hội Đảng bộ tỉnh lần thứ XX"]);
    expect(await altsFor("ĐẢNG BỘ")).toEqual(["Đại hội Đảng bộ tỉnh lần thứ XX"]);
    expect(await altsFor("thanh duy")).toEqual(["Toàn cảnh phiên họp"]);
    expect(await altsFor("IMG_0001")).toEqual(["Đại hội Đảng bộ tỉnh lần thứ XX"]);
  });

  it("treats % and _ as plain characters", async () => {
    expect(await altsFor("100%")).toEqual(["Lễ dâng hương tại Kim Liên"]);
    expect(await altsFor("kim_lien")).toEqual(["Lễ dâng hương tại Kim Liên"]);
    expect(await altsFor("kim_lie_")).toEqual([]);
    expect((await searchMedia(reporter, "%")).total).toBe(1);
  });

  it("lists everything without a query, and nothing for an unknown word", async () => {
    expect((await searchMedia(reporter, "")).total).toBe(3);
    expect(await altsFor("khong co anh nay")).toEqual([]);
  });

  it("answers any page number the query string gives (fractional, huge) without failing", async () => {
    expect((await searchMedia(reporter, "", 1.1)).rows).toHaveLength(3);
    expect(await searchMedia(reporter, "", 1e20)).toMatchObject({ total: 3, rows: [] });
    expect(await searchMedia(reporter, "", Number.MAX_VALUE)).toMatchObject({ total: 3, rows: [] });
  });

  it("is refused to anonymous callers", async () => {
    await expect(searchMedia(null, "dai hoi")).rejects.toThrow();
  });
});
