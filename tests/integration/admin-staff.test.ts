import { beforeAll, describe, expect, it, vi } from "vitest";

const revalidated = vi.hoisted(() => [] as string[]);
vi.mock("next/cache", async () => (await import("../support/next-cache")).nextCacheRecordingInto(revalidated));

import { db } from "@/lib/db";
import { authenticate } from "@/lib/people/credentials";
import { hashPassword } from "@/lib/people/password";
import type { Actor } from "@/lib/people/policy";
import { changeOwnPassword, updateOwnProfile } from "@/lib/people/profile";
import { findRedirect } from "@/lib/redirects";
import { createStaffAccount, resetStaffPassword, updateStaffAccount } from "@/lib/people/staff";

let admin: Actor;

beforeAll(async () => {
  const user = await db.user.create({
    data: {
      email: "staff-admin@example.vn",
      displayName: "Quản trị",
      slug: "quan-tri-staff",
      passwordHash: await hashPassword("mat-khau-admin-1"),
      role: "ADMIN",
    },
  });
  admin = { id: user.id, role: "ADMIN" };
});

describe("staff accounts", () => {
  it("an admin creates an account with a one-time password that must be changed at first sign-in", async () => {
    revalidated.length = 0;
    const account = await createStaffAccount(admin, { email: " Phong.Vien@Example.VN ", displayName: "Phóng viên Một", role: "REPORTER" });
    expect(account.email).toBe("phong.vien@example.vn");
    // The new author's page address may have been cached as unknown; the staff list on screen refreshes.
    expect(revalidated).toEqual(expect.arrayContaining([`author:${account.id}`, "authors"]));
    const user = await db.user.findUniqueOrThrow({ where: { id: account.id } });
    expect(user).toMatchObject({ role: "REPORTER", mustChangePassword: true, slug: "phong-vien-mot", active: true });
    expect(await authenticate({ email: account.email, password: account.password })).not.toBeNull();
    await expect(createStaffAccount(admin, { email: "phong.vien@example.vn", displayName: "Trùng", role: "EDITOR" })).rejects.toMatchObject({
      fieldErrors: { email: ["Email này đã có tài khoản"] },
    });
  });

  it("deactivation and role changes bump the session version in the same change", async () => {
    const account = await createStaffAccount(admin, { email: "bien-tap@example.vn", displayName: "Biên tập", role: "EDITOR" });
    const version = async () => (await db.user.findUniqueOrThrow({ where: { id: account.id } })).sessionVersion;
    const v1 = await version();
    await updateStaffAccount(admin, { id: account.id, role: "REPORTER", active: "on", expectedRole: "EDITOR", expectedActive: "on" });
    expect(await version()).toBe(v1 + 1);
    await updateStaffAccount(admin, { id: account.id, role: "REPORTER", expectedRole: "REPORTER", expectedActive: "on" });
    expect(await version()).toBe(v1 + 2);
    const user = await db.user.findUniqueOrThrow({ where: { id: account.id } });
    expect(user).toMatchObject({ active: false, role: "REPORTER" });
    expect(await authenticate({ email: account.email, password: account.password })).toBeNull();
    expect(await db.auditLog.findFirst({ where: { action: "staff.deactivate", entityId: String(account.id) } })).not.toBeNull();
  });

  it("an admin cannot lock themselves out", async () => {
    await expect(updateStaffAccount(admin, { id: admin.id, role: "EDITOR", active: "on", expectedRole: "ADMIN", expectedActive: "on" })).rejects.toMatchObject({
      status: 409,
    });
    await expect(updateStaffAccount(admin, { id: admin.id, role: "ADMIN", expectedRole: "ADMIN", expectedActive: "on" })).rejects.toMatchObject({
      status: 409,
    });
  });

  it("two admins demoting each other at the same time leave one admin, never none", async () => {
    // On PostgreSQL both transactions used to count the other as "another active admin" and commit
    // together: nobody could manage accounts any more, and only ADMIN_PASSWORD on a restart got back in.
    for (let round = 0; round < 8; round++) {
      const [a, b] = await Promise.all(
        ["a", "b"].map((name) => createStaffAccount(admin, { email: `cheo-${name}-${round}@example.vn`, displayName: `Chéo ${name} ${round}`, role: "ADMIN" })),
      );
      // The other admins step aside so that a and b are the only active ones.
      const others = { role: "ADMIN" as const, active: true, id: { notIn: [a!.id, b!.id] } };
      const aside = (await db.user.findMany({ where: others, select: { id: true } })).map((u) => u.id);
      await db.user.updateMany({ where: { id: { in: aside } }, data: { active: false } });
      try {
        const demote = (by: { id: number }, target: { id: number }) =>
          updateStaffAccount({ id: by.id, role: "ADMIN" }, { id: target.id, role: "EDITOR", active: "on", expectedRole: "ADMIN", expectedActive: "on" });
        const results = await Promise.allSettled([demote(a!, b!), demote(b!, a!)]);
        expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
        expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { status: 409 } });
        expect(await db.user.count({ where: { role: "ADMIN", active: true } })).toBe(1);
      } finally {
        await db.user.updateMany({ where: { id: { in: aside } }, data: { active: true } });
      }
    }
  });

  it("two admins saving the same account from forms loaded together: the second is told, and undoes nothing", async () => {
    const account = await createStaffAccount(admin, { email: "hai-nguoi@example.vn", displayName: "Hai người sửa", role: "REPORTER" });
    const other = await createStaffAccount(admin, { email: "admin-hai@example.vn", displayName: "Quản trị hai", role: "ADMIN" });
    // Both admins opened the staff page while the account was an active reporter.
    const loaded = { id: account.id, expectedRole: "REPORTER", expectedActive: "on" };
    await updateStaffAccount({ id: other.id, role: "ADMIN" }, { ...loaded, role: "EDITOR", active: "on" });
    // The first admin only unticks "Đang hoạt động"; the form still says REPORTER.
    await expect(updateStaffAccount(admin, { ...loaded, role: "REPORTER" })).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining("vừa được người khác thay đổi"),
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({ role: "EDITOR", active: true });
    // With the page reloaded, the change goes through.
    await updateStaffAccount(admin, { id: account.id, role: "EDITOR", expectedRole: "EDITOR", expectedActive: "on" });
    expect(await db.user.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({ role: "EDITOR", active: false });
  });

  it("two admins creating accounts for namesakes at the same time both succeed, with different author addresses", async () => {
    for (let round = 0; round < 8; round++) {
      const results = await Promise.allSettled(
        [1, 2, 3].map((n) =>
          createStaffAccount(admin, { email: `trung-ten-${round}-${n}@example.vn`, displayName: `Nguyễn Văn Trùng ${round}`, role: "REPORTER" }),
        ),
      );
      expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled"]);
      const slugs = await db.user.findMany({ where: { email: { startsWith: `trung-ten-${round}-` } }, select: { slug: true } });
      expect(new Set(slugs.map((u) => u.slug)).size).toBe(3);
    }
  });

  it("an admin cannot reset their own password past the current one (the page offers no button; neither does the server)", async () => {
    const before = await db.user.findUniqueOrThrow({ where: { id: admin.id } });
    await expect(resetStaffPassword(admin, { id: admin.id })).rejects.toMatchObject({ status: 409, message: expect.stringContaining("Hồ sơ của tôi") });
    const after = await db.user.findUniqueOrThrow({ where: { id: admin.id } });
    expect(after).toMatchObject({ passwordHash: before.passwordHash, sessionVersion: before.sessionVersion, mustChangePassword: false });
  });

  it("a password reset ends sessions and forces a change; the user then picks a valid new password", async () => {
    const account = await createStaffAccount(admin, { email: "reset@example.vn", displayName: "Đặt lại", role: "REPORTER" });
    const before = await db.user.findUniqueOrThrow({ where: { id: account.id } });
    const reset = await resetStaffPassword(admin, { id: account.id });
    const after = await db.user.findUniqueOrThrow({ where: { id: account.id } });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(after.mustChangePassword).toBe(true);
    expect(await authenticate({ email: account.email, password: account.password })).toBeNull();

    const self: Actor = { id: account.id, role: "REPORTER" };
    await expect(
      changeOwnPassword(self, { currentPassword: "sai", newPassword: "mot-mat-khau-dai", confirmPassword: "mot-mat-khau-dai" }),
    ).rejects.toMatchObject({
      fieldErrors: { currentPassword: ["Mật khẩu hiện tại không đúng"] },
    });
    await expect(changeOwnPassword(self, { currentPassword: reset.password, newPassword: "ngan", confirmPassword: "ngan" })).rejects.toMatchObject({
      fieldErrors: { newPassword: [expect.stringContaining("ít nhất 10 ký tự")] },
    });
    await expect(
      changeOwnPassword(self, { currentPassword: reset.password, newPassword: "RESET@example.vn", confirmPassword: "RESET@example.vn" }),
    ).rejects.toMatchObject({ fieldErrors: { newPassword: ["Mật khẩu không được trùng với email"] } });
    await expect(
      changeOwnPassword(self, { currentPassword: reset.password, newPassword: "mat-khau-moi-dai", confirmPassword: "mat-khau-khac-dai" }),
    ).rejects.toMatchObject({ fieldErrors: { confirmPassword: expect.any(Array) } });

    await changeOwnPassword(self, { currentPassword: reset.password, newPassword: "mat-khau-moi-dai", confirmPassword: "mat-khau-moi-dai" });
    const changed = await db.user.findUniqueOrThrow({ where: { id: account.id } });
    expect(changed.mustChangePassword).toBe(false);
    expect(changed.sessionVersion).toBe(after.sessionVersion + 1);
    expect(await authenticate({ email: account.email, password: "mat-khau-moi-dai" })).not.toBeNull();
  });

  it("every user edits their own author profile; slugs stay unique", async () => {
    const account = await createStaffAccount(admin, { email: "tac-gia@example.vn", displayName: "Tác giả", role: "REPORTER" });
    const self: Actor = { id: account.id, role: "REPORTER" };
    await updateOwnProfile(self, { displayName: "Nguyễn Thị Hoa", slug: "", bio: "Phóng viên mảng văn hoá.", avatar: "/media/hoa.webp" });
    expect(await db.user.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({
      displayName: "Nguyễn Thị Hoa",
      slug: "nguyen-thi-hoa",
      bio: "Phóng viên mảng văn hoá.",
      avatar: "/media/hoa.webp",
    });
    await expect(updateOwnProfile(self, { displayName: "Hoa", slug: "quan-tri-staff" })).rejects.toMatchObject({ fieldErrors: { slug: expect.any(Array) } });
    await expect(updateOwnProfile(self, { displayName: "Hoa", avatar: "javascript:alert(1)" })).rejects.toMatchObject({
      fieldErrors: { avatar: expect.any(Array) },
    });
    await expect(updateOwnProfile(null, { displayName: "Hoa" })).rejects.toMatchObject({ status: 401 });
  });

  it("an author's old page address answers with the new one after a slug change, and a newcomer may take it", async () => {
    const account = await createStaffAccount(admin, { email: "doi-ten@example.vn", displayName: "Lê Văn Cũ", role: "REPORTER" });
    const self: Actor = { id: account.id, role: "REPORTER" };
    await updateOwnProfile(self, { displayName: "Lê Văn Mới", slug: "" });
    expect(await findRedirect("/tac-gia/le-van-cu")).toBe("/tac-gia/le-van-moi");
    await updateOwnProfile(self, { displayName: "Lê Văn Mới", slug: "le-van-moi-nhat" });
    expect(await findRedirect("/tac-gia/le-van-cu")).toBe("/tac-gia/le-van-moi-nhat");
    expect(await findRedirect("/tac-gia/le-van-moi")).toBe("/tac-gia/le-van-moi-nhat");
    await createStaffAccount(admin, { email: "nguoi-moi@example.vn", displayName: "Lê Văn Cũ", role: "REPORTER" });
    expect(await findRedirect("/tac-gia/le-van-cu")).toBeNull();
  });
});

describe("staff actions for non-admins", () => {
  it("are refused to EDITOR, REPORTER and anonymous callers, and change nothing", async () => {
    const target = await createStaffAccount(admin, { email: "muc-tieu@example.vn", displayName: "Mục tiêu", role: "REPORTER" });
    const editor = await createStaffAccount(admin, { email: "staff-editor@example.vn", displayName: "BTV", role: "EDITOR" });
    const snapshot = async () => ({ users: await db.user.findMany({ orderBy: { id: "asc" } }), audit: await db.auditLog.count() });
    const before = await snapshot();
    for (const [actor, status] of [
      [{ id: editor.id, role: "EDITOR" }, 403],
      [{ id: target.id, role: "REPORTER" }, 403],
      [null, 401],
    ] as const) {
      await expect(createStaffAccount(actor, { email: "moi-len@example.vn", displayName: "Lén", role: "ADMIN" })).rejects.toMatchObject({ status });
      await expect(
        updateStaffAccount(actor, { id: target.id, role: "ADMIN", active: "on", expectedRole: "REPORTER", expectedActive: "on" }),
      ).rejects.toMatchObject({ status });
      await expect(resetStaffPassword(actor, { id: admin.id })).rejects.toMatchObject({ status });
    }
    expect(await snapshot()).toEqual(before);
  });
});
