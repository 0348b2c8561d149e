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
    data: { email: "staff-admin@example.vn", displayName: "Quản trị", slug: "quan-tri-staff", passwordHash: await hashPassword("mat-khau-admin-1"), role: "ADMIN" },
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
    await updateStaffAccount(admin, { id: account.id, role: "REPORTER", active: "on" });
    expect(await version()).toBe(v1 + 1);
    await updateStaffAccount(admin, { id: account.id, role: "REPORTER" });
    expect(await version()).toBe(v1 + 2);
    const user = await db.user.findUniqueOrThrow({ where: { id: account.id } });
    expect(user).toMatchObject({ active: false, role: "REPORTER" });
    expect(await authenticate({ email: account.email, password: account.password })).toBeNull();
    expect(await db.auditLog.findFirst({ where: { action: "staff.deactivate", entityId: String(account.id) } })).not.toBeNull();
  });

  it("an admin cannot lock themselves out", async () => {
    await expect(updateStaffAccount(admin, { id: admin.id, role: "EDITOR", active: "on" })).rejects.toMatchObject({ status: 409 });
    await expect(updateStaffAccount(admin, { id: admin.id, role: "ADMIN" })).rejects.toMatchObject({ status: 409 });
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
    await expect(changeOwnPassword(self, { currentPassword: "sai", newPassword: "mot-mat-khau-dai", confirmPassword: "mot-mat-khau-dai" })).rejects.toMatchObject({
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
    await expect(updateOwnProfile(self, { displayName: "Hoa", avatar: "javascript:alert(1)" })).rejects.toMatchObject({ fieldErrors: { avatar: expect.any(Array) } });
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
    for (const [actor, status] of [[{ id: editor.id, role: "EDITOR" }, 403], [{ id: target.id, role: "REPORTER" }, 403], [null, 401]] as const) {
      await expect(createStaffAccount(actor, { email: "moi-len@example.vn", displayName: "Lén", role: "ADMIN" })).rejects.toMatchObject({ status });
      await expect(updateStaffAccount(actor, { id: target.id, role: "ADMIN", active: "on" })).rejects.toMatchObject({ status });
      await expect(resetStaffPassword(actor, { id: admin.id })).rejects.toMatchObject({ status });
    }
    expect(await snapshot()).toEqual(before);
  });
});
