import { beforeAll, describe, expect, it, vi } from "vitest";

const revalidated = vi.hoisted(() => [] as string[]);
vi.mock("next/cache", async () => (await import("../support/next-cache")).nextCacheRecordingInto(revalidated));

import { runScheduledPublishing } from "@/lib/articles/scheduler-runner";
import { db } from "@/lib/db";
import { deleteOfficial, deleteOfficialGroup, saveOfficial, saveOfficialGroup } from "@/lib/officials/admin";
import { getOfficialBySlug } from "@/lib/officials/queries";
import { titleOn } from "@/lib/officials/titles";
import { findRedirect } from "@/lib/redirects";
import type { Actor } from "@/lib/people/policy";

let admin: Actor;

beforeAll(async () => {
  const user = await db.user.create({ data: { email: "off-admin@example.vn", displayName: "QT", slug: "qt-off", passwordHash: "x", role: "ADMIN" } });
  admin = { id: user.id, role: "ADMIN" };
});

const base = {
  fullName: "Nguyễn Đức Trung",
  slug: "",
  biography: "Sinh năm 1973.",
  birthYear: "1973",
  homeTown: "Nghệ An",
  position: "1",
};

describe("officials directory", () => {
  it("saves an official with all positions in one go, and a later edit replaces the list", async () => {
    const group = await saveOfficialGroup(admin, { name: "Thường trực Tỉnh ủy", position: "0" });
    revalidated.length = 0;
    const saved = await saveOfficial(admin, {
      ...base,
      groupId: String(group.id),
      positions: [
        { title: "Chủ tịch UBND tỉnh", organisation: "UBND tỉnh Nghệ An", startDate: "2021-05-20", endDate: "2024-01-31", order: "1" },
        { title: "Bí thư Tỉnh ủy", organisation: "Tỉnh ủy Nghệ An", startDate: "2024-02-01", endDate: "", order: "0" },
      ],
    });
    expect(saved.slug).toBe("nguyen-duc-trung");
    expect(revalidated).toEqual(expect.arrayContaining([`official:${saved.id}`, "officials"]));
    const official = await db.official.findUniqueOrThrow({ where: { id: saved.id }, include: { positions: true } });
    expect(official).toMatchObject({ familyName: "Nguyễn", givenName: "Trung", birthYear: 1973, groupId: group.id, position: 1 });
    expect(titleOn(official.positions, new Date("2025-01-01T00:00:00Z"))).toBe("Bí thư Tỉnh ủy");
    expect(titleOn(official.positions, new Date("2022-01-01T00:00:00Z"))).toBe("Chủ tịch UBND tỉnh");

    await saveOfficial(admin, {
      ...base,
      id: String(saved.id),
      expectedUpdatedAt: official.updatedAt.toISOString(),
      positions: [{ title: "Bí thư Tỉnh ủy", organisation: "Tỉnh ủy Nghệ An", startDate: "2024-02-01", endDate: "", order: "0" }],
    });
    expect(await db.officialPosition.count({ where: { officialId: saved.id } })).toBe(1);
  });

  it("keeps a position's order 0 on any row: the most senior title is named first", async () => {
    const saved = await saveOfficial(admin, {
      ...base,
      fullName: "Thái Thanh Quý",
      positions: [
        { title: "Ủy viên Ban Chấp hành Trung ương Đảng", organisation: "Ban Chấp hành Trung ương", startDate: "2021-01-30", endDate: "", order: "1" },
        { title: "Bí thư Tỉnh ủy", organisation: "Tỉnh ủy Nghệ An", startDate: "2020-10-01", endDate: "", order: "0" },
        { title: "Trưởng Đoàn ĐBQH tỉnh", organisation: "Đoàn ĐBQH tỉnh Nghệ An", startDate: "2021-06-01", endDate: "", order: "" },
      ],
    });
    const positions = await db.officialPosition.findMany({ where: { officialId: saved.id }, orderBy: { id: "asc" } });
    // An empty order falls back to the row's place in the form.
    expect(positions.map((p) => p.order)).toEqual([1, 0, 2]);
    expect(titleOn(positions, new Date("2022-01-01T00:00:00Z"))).toBe("Bí thư Tỉnh ủy, Ủy viên Ban Chấp hành Trung ương Đảng, Trưởng Đoàn ĐBQH tỉnh");
    await deleteOfficial(admin, { id: saved.id });
  });

  it("refuses an invalid position row and leaves everything as it was", async () => {
    const official = await db.official.findUniqueOrThrow({ where: { slug: "nguyen-duc-trung" } });
    await expect(
      saveOfficial(admin, {
        ...base,
        id: String(official.id),
        expectedUpdatedAt: official.updatedAt.toISOString(),
        positions: [
          { title: "Bí thư Tỉnh ủy", organisation: "Tỉnh ủy Nghệ An", startDate: "2024-02-01", endDate: "" },
          { title: "", organisation: "X", startDate: "2024-02-01", endDate: "2023-01-01" },
        ],
      }),
    ).rejects.toMatchObject({ fieldErrors: { "positions.1.title": expect.any(Array), "positions.1.endDate": ["Ngày kết thúc phải sau ngày bắt đầu"] } });
    expect(await db.officialPosition.count({ where: { officialId: official.id } })).toBe(1);
  });

  it("a renamed official's old profile address answers with the new one", async () => {
    const saved = await saveOfficial(admin, { ...base, fullName: "Hoàng Văn Đổi", positions: [] });
    const before = await db.official.findUniqueOrThrow({ where: { id: saved.id } });
    const renamed = await saveOfficial(admin, {
      ...base,
      fullName: "Hoàng Văn Đổi Tên",
      id: String(saved.id),
      expectedUpdatedAt: before.updatedAt.toISOString(),
      positions: [],
    });
    expect(renamed.slug).toBe("hoang-van-doi-ten");
    expect(await findRedirect("/lanh-dao/hoang-van-doi")).toBe("/lanh-dao/hoang-van-doi-ten");
    await deleteOfficial(admin, { id: String(saved.id) });
    // With the profile gone its old address answers 404 too, instead of a 301 to a missing page.
    expect(await findRedirect("/lanh-dao/hoang-van-doi")).toBeNull();
    expect(await db.redirect.count({ where: { toPath: "/lanh-dao/hoang-van-doi-ten" } })).toBe(0);
  });

  it("refuses a name that gives no address (no letter or digit) beside the slug field", async () => {
    const before = await db.official.count();
    for (const fullName of ["—", "…", "???"]) {
      await expect(saveOfficial(admin, { ...base, fullName, positions: [] })).rejects.toMatchObject({
        status: 422,
        fieldErrors: { slug: [expect.any(String)] },
      });
    }
    expect(await db.official.count()).toBe(before);
  });

  it("accepts a birth year up to the current year in Vietnam, read when the form is sent", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(new Date("2030-12-31T16:30:00Z")); // 23:30 on 31 December 2030 in Vietnam
      await expect(saveOfficial(admin, { ...base, fullName: "Năm Sinh Sớm", birthYear: "2031", positions: [] })).rejects.toMatchObject({
        status: 422,
        fieldErrors: { birthYear: ["Năm sinh không hợp lệ"] },
      });
      vi.setSystemTime(new Date("2030-12-31T17:30:00Z")); // 00:30 on 1 January 2031 in Vietnam
      const saved = await saveOfficial(admin, { ...base, fullName: "Năm Sinh Sớm", birthYear: "2031", positions: [] });
      expect((await db.official.findUniqueOrThrow({ where: { id: saved.id } })).birthYear).toBe(2031);
    } finally {
      vi.useRealTimers();
    }
  });

  it("two admins adding the same official at the same time: one is saved, the other told the address is taken", async () => {
    for (let round = 0; round < 5; round++) {
      const fullName = `Nguyễn Văn Cùng ${round}`;
      const results = await Promise.allSettled([1, 2, 3].map(() => saveOfficial(admin, { ...base, fullName, positions: [] })));
      const outcome = results.map((r) => (r.status === "fulfilled" ? "saved" : (r.reason as { status?: number }).status));
      expect(outcome.sort()).toEqual([422, 422, "saved"]);
    }
  });

  it("refuses a stale save instead of overwriting someone else's edit", async () => {
    const official = await db.official.findUniqueOrThrow({ where: { slug: "nguyen-duc-trung" } });
    await expect(saveOfficial(admin, { ...base, id: String(official.id), expectedUpdatedAt: new Date(0).toISOString(), positions: [] })).rejects.toMatchObject({
      status: 409,
    });
    expect(await db.officialPosition.count({ where: { officialId: official.id } })).toBe(1);
  });

  it("answers a malformed version with a refusal, not a server error", async () => {
    const official = await db.official.findUniqueOrThrow({ where: { slug: "nguyen-duc-trung" } });
    for (const expectedUpdatedAt of ["garbage", "2026-13-45T99:00:00Z"]) {
      await expect(saveOfficial(admin, { ...base, id: String(official.id), expectedUpdatedAt, positions: [] })).rejects.toMatchObject({
        status: 422,
        fieldErrors: { expectedUpdatedAt: [expect.stringContaining("tải lại")] },
      });
    }
    expect(await db.official.findUniqueOrThrow({ where: { id: official.id } })).toEqual(official);
  });

  it("two admins renaming one group: the second, from a stale form, is refused and overwrites nothing", async () => {
    const group = await saveOfficialGroup(admin, { name: "Thường trực HĐND", position: "2" });
    const loaded = group.updatedAt.toISOString();
    await saveOfficialGroup(admin, { id: String(group.id), expectedUpdatedAt: loaded, name: "Thường trực HĐND tỉnh", position: "2" });
    await expect(saveOfficialGroup(admin, { id: String(group.id), expectedUpdatedAt: loaded, name: "HĐND (sửa muộn)", position: "2" })).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining("vừa được người khác sửa"),
    });
    await expect(saveOfficialGroup(admin, { id: String(group.id), name: "Không có phiên bản", position: "2" })).rejects.toMatchObject({ status: 409 });
    expect((await db.officialGroup.findUniqueOrThrow({ where: { id: group.id } })).name).toBe("Thường trực HĐND tỉnh");
  });

  it("deleting a group keeps its officials, ungrouped", async () => {
    const group = await saveOfficialGroup(admin, { name: "Ban Thường vụ", position: "1" });
    const saved = await saveOfficial(admin, { ...base, fullName: "Thái Thanh Quý", groupId: String(group.id), positions: [] });
    await deleteOfficialGroup(admin, { id: String(group.id) });
    expect((await db.official.findUniqueOrThrow({ where: { id: saved.id } })).groupId).toBeNull();
    await deleteOfficial(admin, { id: String(saved.id) });
    expect(await db.official.findUnique({ where: { id: saved.id } })).toBeNull();
  });

  it("two admins adding groups of the same name at the same time both get one, with different anchors", async () => {
    // Both transactions used to pick the same free slug on PostgreSQL; the second failed on the unique index (500).
    const results = await Promise.allSettled([1, 2, 3].map(() => saveOfficialGroup(admin, { name: "Đoàn Đại biểu Quốc hội", position: "5" })));
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled"]);
    const slugs = (await db.officialGroup.findMany({ where: { name: "Đoàn Đại biểu Quốc hội" }, orderBy: { id: "asc" } })).map((g) => g.slug);
    expect(slugs).toEqual(["doan-dai-bieu-quoc-hoi", "doan-dai-bieu-quoc-hoi-2", "doan-dai-bieu-quoc-hoi-3"]);
    for (const group of await db.officialGroup.findMany({ where: { name: "Đoàn Đại biểu Quốc hội" } })) await deleteOfficialGroup(admin, { id: group.id });
  });

  it("saving a group another admin has just deleted says so instead of failing", async () => {
    const group = await saveOfficialGroup(admin, { name: "Nhóm sắp xoá", position: "4" });
    await deleteOfficialGroup(admin, { id: String(group.id) });
    await expect(saveOfficialGroup(admin, { id: String(group.id), name: "Đổi tên muộn", position: "4" })).rejects.toMatchObject({
      status: 404,
      message: "Nhóm không còn tồn tại.",
    });
    expect(await db.officialGroup.count({ where: { name: "Đổi tên muộn" } })).toBe(0);
  });

  it("a profile address that is no slug (a NUL byte, diacritics, capitals) finds nobody instead of failing", async () => {
    expect((await getOfficialBySlug("nguyen-duc-trung"))?.fullName).toBe("Nguyễn Đức Trung");
    for (const slug of ["\u0000", "nguyen-duc-trung\u0000", "Nguyen-Duc-Trung", "nguyễn-đức-trung", "nguyen duc trung", ""]) {
      expect(await getOfficialBySlug(slug)).toBeNull();
    }
  });

  it("refuses every officials action to EDITOR, REPORTER and anonymous callers, changing nothing", async () => {
    const official = await db.official.findUniqueOrThrow({ where: { slug: "nguyen-duc-trung" } });
    const group = await saveOfficialGroup(admin, { name: "Nhóm giữ", position: "3" });
    const snapshot = async () => [
      await db.official.findMany(),
      await db.officialPosition.findMany(),
      await db.officialGroup.findMany(),
      await db.auditLog.count(),
    ];
    const before = await snapshot();
    for (const [actor, status] of [
      [{ id: admin.id, role: "EDITOR" }, 403],
      [{ id: admin.id, role: "REPORTER" }, 403],
      [null, 401],
    ] as const) {
      await expect(saveOfficial(actor, { ...base, positions: [] })).rejects.toMatchObject({ status });
      await expect(
        saveOfficial(actor, { ...base, id: String(official.id), expectedUpdatedAt: official.updatedAt.toISOString(), positions: [] }),
      ).rejects.toMatchObject({ status });
      await expect(deleteOfficial(actor, { id: String(official.id) })).rejects.toMatchObject({ status });
      await expect(saveOfficialGroup(actor, { name: "Lén" })).rejects.toMatchObject({ status });
      await expect(deleteOfficialGroup(actor, { id: String(group.id) })).rejects.toMatchObject({ status });
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe("titles that change with the date", () => {
  it("expire the official's pages when the day a position starts or the day after it ends begins in Vietnam", async () => {
    const official = (slug: string, startDate: string, endDate: string | null) =>
      db.official.create({
        data: {
          fullName: slug,
          familyName: "Lê",
          givenName: slug,
          slug,
          positions: {
            create: { title: "Phó Chủ tịch", organisation: "UBND tỉnh", startDate: new Date(startDate), endDate: endDate ? new Date(endDate) : null },
          },
        },
      });
    const starting = await official("bat-dau-15-3", "2030-03-15", null);
    const ended = await official("het-14-3", "2025-01-01", "2030-03-14");
    const unchanged = await official("van-giu", "2025-01-01", null);
    // 23:59 on 14 March in Vietnam, then 00:00:05 on 15 March (UTC+7).
    await runScheduledPublishing(new Date("2030-03-14T16:59:00Z"));
    revalidated.length = 0;
    await runScheduledPublishing(new Date("2030-03-14T17:00:05Z"));
    expect(revalidated).toEqual(expect.arrayContaining([`official:${starting.id}`, `official:${ended.id}`, "officials"]));
    expect(revalidated).not.toContain(`official:${unchanged.id}`);
    // The rest of the day changes nothing.
    revalidated.length = 0;
    await runScheduledPublishing(new Date("2030-03-15T03:00:00Z"));
    expect(revalidated.filter((tag) => tag.startsWith("official"))).toEqual([]);
    await runScheduledPublishing();
  });
});
