import { beforeAll, describe, expect, it, vi } from "vitest";

const revalidated = vi.hoisted(() => [] as string[]);
vi.mock("next/cache", async () => (await import("../support/next-cache")).nextCacheRecordingInto(revalidated));

import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import type { Actor } from "@/lib/people/policy";
import { CONFLICT_MESSAGE, saveScheduleEntry } from "@/lib/schedule/admin";
import { listWeekEntries, weekSchedule } from "@/lib/schedule/queries";
import { parseWeekParam } from "@/lib/schedule/week";

let editor: Actor;
let reporter: Actor;
let trung: number;
let quy: number;
const monday = parseWeekParam("2026-12-07")!;

beforeAll(async () => {
  const e = await db.user.create({ data: { email: "sch-editor@example.vn", displayName: "BT", slug: "bt-sch", passwordHash: "x", role: "EDITOR" } });
  const r = await db.user.create({ data: { email: "sch-reporter@example.vn", displayName: "PV", slug: "pv-sch", passwordHash: "x", role: "REPORTER" } });
  editor = { id: e.id, role: "EDITOR" };
  reporter = { id: r.id, role: "REPORTER" };
  trung = (await db.official.create({ data: { fullName: "Nguyễn Đức Trung", familyName: "Nguyễn", givenName: "Trung", slug: "sch-trung" } })).id;
  quy = (await db.official.create({ data: { fullName: "Thái Thanh Quý", familyName: "Thái", givenName: "Quý", slug: "sch-quy" } })).id;
});

const base = {
  day: "2026-12-09",
  startTime: "08:30",
  endTime: "10:00",
  content: "Họp <script>alert(1)</script> giao ban",
  place: "Phòng họp số 1",
  chair: "Đồng chí Bí thư",
  participants: "Thường trực Tỉnh ủy",
  preparedBy: "Văn phòng Tỉnh ủy",
};

async function validationErrors(promise: Promise<unknown>): Promise<Record<string, string[]>> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors;
}

describe("work schedule", () => {
  it("an editor enters an entry: stored as typed (NFC), audited, the schedule and the leaders' pages expired", async () => {
    revalidated.length = 0;
    const { id } = await saveScheduleEntry(editor, {
      ...base,
      content: "Ho\u0323p <script>alert(1)</script> giao ban",
      officialIds: [String(trung), String(quy)],
    });
    const row = await db.scheduleEntry.findUniqueOrThrow({ where: { id }, include: { officials: true } });
    expect(row).toMatchObject({ content: "Họp <script>alert(1)</script> giao ban", status: "PLANNED", allDay: false, previousStartsAt: null });
    expect(row.startsAt.toISOString()).toBe("2026-12-09T01:30:00.000Z");
    expect(row.endsAt?.toISOString()).toBe("2026-12-09T03:00:00.000Z");
    expect(row.officials.map((o) => o.officialId).sort()).toEqual([trung, quy].sort());
    expect(revalidated).toEqual(expect.arrayContaining(["schedule", `official:${trung}`, `official:${quy}`]));
    const audit = await db.auditLog.findFirstOrThrow({ where: { entity: "ScheduleEntry", entityId: String(id) } });
    expect(audit).toMatchObject({ action: "schedule.create", userId: editor.id });

    const week = await listWeekEntries(monday, null);
    expect(week.map((e) => e.id)).toContain(id);
    expect((await listWeekEntries(monday, trung)).map((e) => e.id)).toContain(id);
    expect(await listWeekEntries(parseWeekParam("2026-12-14")!, null)).toEqual([]);
  });

  it("refuses a reporter (403) and nobody signed in (401), and changes nothing", async () => {
    const before = await db.scheduleEntry.count();
    const audits = await db.auditLog.count();
    await expect(saveScheduleEntry(reporter, { ...base, officialIds: [] })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveScheduleEntry(reporter, { ...base, officialIds: [] })).rejects.toMatchObject({ status: 403 });
    await expect(saveScheduleEntry(null, { ...base })).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(await db.scheduleEntry.count()).toBe(before);
    expect(await db.auditLog.count()).toBe(audits);
  });

  it("names an empty or oversized field, a missing start time and an end before the start", async () => {
    expect(await validationErrors(saveScheduleEntry(editor, { ...base, content: "   " }))).toMatchObject({ content: ["Vui lòng nhập nội dung"] });
    expect(await validationErrors(saveScheduleEntry(editor, { ...base, place: "x".repeat(301) }))).toMatchObject({
      place: ["Địa điểm không được dài quá 300 ký tự"],
    });
    expect(await validationErrors(saveScheduleEntry(editor, { ...base, day: "" }))).toHaveProperty("day");
    expect(await validationErrors(saveScheduleEntry(editor, { ...base, startTime: "" }))).toHaveProperty("startTime");
    expect(await validationErrors(saveScheduleEntry(editor, { ...base, endTime: "08:00" }))).toMatchObject({ endTime: ["Giờ kết thúc phải sau giờ bắt đầu"] });
    expect(await validationErrors(saveScheduleEntry(editor, { ...base, officialIds: ["abc"] }))).toHaveProperty(["officialIds.0"]);
  });

  it("two people saving the same entry: the second is refused with 409, the first one's save kept", async () => {
    const { id } = await saveScheduleEntry(editor, { ...base, officialIds: String(trung) });
    const loaded = await db.scheduleEntry.findUniqueOrThrow({ where: { id } });
    await saveScheduleEntry(editor, {
      ...base,
      id: String(id),
      expectedUpdatedAt: loaded.updatedAt.toISOString(),
      place: "Hội trường A",
      officialIds: String(trung),
    });
    const stale = saveScheduleEntry(editor, {
      ...base,
      id: String(id),
      expectedUpdatedAt: loaded.updatedAt.toISOString(),
      place: "Hội trường B",
      officialIds: String(trung),
    });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(
      saveScheduleEntry(editor, { ...base, id: String(id), expectedUpdatedAt: loaded.updatedAt.toISOString(), officialIds: String(trung) }),
    ).rejects.toMatchObject({ status: 409, message: CONFLICT_MESSAGE });
    expect(CONFLICT_MESSAGE).toContain("vừa được người khác sửa");
    expect((await db.scheduleEntry.findUniqueOrThrow({ where: { id } })).place).toBe("Hội trường A");
  });

  it("a new time marks the entry changed and keeps it, marked, in the week it was announced in; a postponed one stays listed", async () => {
    const { id } = await saveScheduleEntry(editor, { ...base, content: "Tiếp công dân", officialIds: String(quy) });
    const loaded = await db.scheduleEntry.findUniqueOrThrow({ where: { id } });
    revalidated.length = 0;
    await saveScheduleEntry(editor, {
      ...base,
      id: String(id),
      expectedUpdatedAt: loaded.updatedAt.toISOString(),
      content: "Tiếp công dân",
      day: "2026-12-15",
      officialIds: String(trung),
    });
    const moved = await db.scheduleEntry.findUniqueOrThrow({ where: { id } });
    expect(moved.status).toBe("TIME_CHANGED");
    expect(moved.previousStartsAt?.toISOString()).toBe("2026-12-09T01:30:00.000Z");
    // The leader removed from the entry sees it go from their page as well.
    expect(revalidated).toEqual(expect.arrayContaining(["schedule", `official:${trung}`, `official:${quy}`]));

    const thisWeek = weekSchedule(monday, await listWeekEntries(monday, null));
    const marked = thisWeek.flatMap((d) => d.items).filter((i) => i.entry.id === id);
    expect(marked).toMatchObject([{ movedAway: true }]);
    const next = parseWeekParam("2026-12-14")!;
    expect(weekSchedule(next, await listWeekEntries(next, null)).flatMap((d) => d.items.filter((i) => i.entry.id === id))).toMatchObject([
      { movedAway: false },
    ]);

    await saveScheduleEntry(editor, {
      ...base,
      id: String(id),
      expectedUpdatedAt: moved.updatedAt.toISOString(),
      content: "Tiếp công dân",
      day: "2026-12-15",
      status: "POSTPONED",
      officialIds: String(trung),
    });
    const postponed = (await listWeekEntries(next, trung)).find((e) => e.id === id);
    expect(postponed?.status).toBe("POSTPONED");
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entity: "ScheduleEntry", entityId: String(id), action: "schedule.update" },
      orderBy: { id: "desc" },
    });
    expect(audit.details).toMatchObject({ to: { scheduleStatus: "POSTPONED" } });
  });

  it("an all-day entry starts at the beginning of its day in Vietnam", async () => {
    const { id } = await saveScheduleEntry(editor, { ...base, startTime: "", endTime: "", allDay: "on", officialIds: [] });
    const row = await db.scheduleEntry.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ allDay: true, endsAt: null });
    expect(row.startsAt.toISOString()).toBe("2026-12-08T17:00:00.000Z");
  });
});
