import { beforeAll, describe, expect, it, vi } from "vitest";

// The server action path: the action asks the session who is calling, and the lib function refuses.
const caller = vi.hoisted(() => ({
  current: null as null | { id: number; email: string; displayName: string; slug: string; role: "ADMIN" | "EDITOR" | "REPORTER" },
}));
vi.mock("next/cache", () => ({ revalidateTag: () => undefined }));
vi.mock("@/lib/people/session", () => ({
  getCurrentUser: async () => caller.current,
  getSessionUser: async () => caller.current && { ...caller.current, mustChangePassword: false },
}));

import { createCategoryAction } from "@/app/admin/chuyen-muc/actions";
import { createStaffAction, updateStaffAction } from "@/app/admin/nhan-su/actions";
import { db } from "@/lib/db";

let reporterId: number;

beforeAll(async () => {
  reporterId = (await db.user.create({ data: { email: "act-pv@example.vn", displayName: "PV", slug: "act-pv", passwordHash: "x", role: "REPORTER" } })).id;
});

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

describe("admin server actions", () => {
  it("answer EDITOR, REPORTER and anonymous callers with a refusal and change nothing", async () => {
    const before = [await db.category.count(), await db.user.findMany({ orderBy: { id: "asc" } }), await db.auditLog.count()];
    for (const role of ["EDITOR", "REPORTER", null] as const) {
      caller.current = role ? { id: reporterId, email: "act-pv@example.vn", displayName: "PV", slug: "act-pv", role } : null;
      const expected = role ? "Bạn không có quyền thực hiện thao tác này." : "Bạn cần đăng nhập để thực hiện thao tác này.";
      expect(await createCategoryAction(null, form({ name: "Chuyên mục lén" }))).toEqual({ ok: false, message: expected });
      expect(await createStaffAction(null, form({ email: "len@example.vn", displayName: "Lén", role: "ADMIN" }))).toEqual({ ok: false, message: expected });
      expect(await updateStaffAction(null, form({ id: String(reporterId), role: "ADMIN", active: "on" }))).toEqual({ ok: false, message: expected });
    }
    expect([await db.category.count(), await db.user.findMany({ orderBy: { id: "asc" } }), await db.auditLog.count()]).toEqual(before);
  });

  it("lets an admin through the same path", async () => {
    caller.current = { id: reporterId, email: "x", displayName: "x", slug: "x", role: "ADMIN" };
    expect(await createCategoryAction(null, form({ name: "Chuyên mục thật" }))).toMatchObject({ ok: true });
    expect(await db.category.findUnique({ where: { slug: "chuyen-muc-that" } })).not.toBeNull();
  });
});
