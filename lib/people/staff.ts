import { z } from "zod";
import { parseInput } from "@/lib/actions";
import { checkbox, idField, requiredLine } from "@/lib/forms/fields";
import { MISSING_VERSION_RELOAD } from "@/lib/forms/messages";
import { recordAudit } from "@/lib/audit/log";
import { invalidate } from "@/lib/cache/tags";
import { db, type Tx } from "@/lib/db";
import { Role } from "@/lib/db/generated/enums";
import { lockForWrite } from "@/lib/db/write-lock";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { emailSchema, generatePassword } from "./accounts";
import { hashPassword } from "./password";
import { authorize, type Actor } from "./policy";
import { authorPath } from "@/lib/authors/paths";
import { removeRedirectFrom } from "@/lib/redirects";
import { slugged, uniqueSlug } from "@/lib/slugs";

/**
 * Staff accounts, run by admins: there is no open registration. New accounts and reset passwords
 * get a random password shown once to the admin; the user must replace it at their next sign-in.
 * Deactivation, role changes and resets bump sessionVersion in the same transaction, which ends the
 * user's existing sessions on their next request (lib/people/session.ts).
 */
const roleField = z.enum(Role, { error: "Chọn vai trò" });

const createSchema = z.object({
  email: z.preprocess((v) => v ?? "", emailSchema),
  displayName: requiredLine("họ tên", 120),
  role: roleField,
});

/**
 * The role and active flag the form was loaded with (expectedRole, expectedActive): a form posts both
 * fields, so without them a second admin's stale form would silently undo the first one's change.
 */
const updateSchema = z.object({
  id: idField("tài khoản"),
  role: roleField,
  active: checkbox,
  expectedRole: z.enum(Role, { error: MISSING_VERSION_RELOAD }),
  expectedActive: checkbox,
});

export function listStaff() {
  return db.user.findMany({
    orderBy: [{ active: "desc" }, { displayName: "asc" }],
    select: { id: true, email: true, displayName: true, slug: true, role: true, active: true, mustChangePassword: true, createdAt: true },
  });
}

export async function createStaffAccount(actor: Actor | null, input: unknown) {
  authorize(actor, "staff.manage");
  const data = parseInput(createSchema, input);
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  const user = await db.$transaction(async (tx) => {
    // Two admins creating accounts at once (the same e-mail, namesakes' author slugs) are told, not failed.
    await lockForWrite(tx, "staff");
    const taken = await tx.user.findUnique({ where: { email: data.email }, select: { id: true } });
    if (taken) throw new ValidationError("Email đã được dùng.", { email: ["Email này đã có tài khoản"] });
    const created = await tx.user.create({
      data: {
        email: data.email,
        displayName: data.displayName,
        role: data.role,
        slug: await uniqueSlug(tx, slugged.user, data.displayName),
        passwordHash,
        mustChangePassword: true,
      },
    });
    await removeRedirectFrom(tx, authorPath(created.slug));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "staff.create",
      entity: "User",
      entityId: created.id,
      details: { email: created.email, role: created.role },
    });
    return created;
  });
  // A new author page exists now (a visit to its address before may have been cached as not found);
  // in a server action this also refreshes the staff list on screen.
  invalidate({ kind: "author", userId: user.id });
  return { id: user.id, email: user.email, password };
}

/** Sets role and active flag. An admin cannot demote or deactivate themselves, nor remove the last active admin. */
export async function updateStaffAccount(actor: Actor | null, input: unknown) {
  authorize(actor, "staff.manage");
  const data = parseInput(updateSchema, input);
  await db.$transaction(async (tx) => {
    // Two admins demoting each other at once would each count the other as the remaining admin.
    await lockForWrite(tx, "staff");
    const user = await tx.user.findUnique({ where: { id: data.id } });
    if (!user) throw new NotFoundError("Tài khoản không còn tồn tại.");
    if (user.role === data.role && user.active === data.active) return;
    if (user.role !== data.expectedRole || user.active !== data.expectedActive) {
      throw new ConflictError("Tài khoản này vừa được người khác thay đổi vai trò hoặc trạng thái. Hãy tải lại trang để xem bản mới rồi sửa lại.");
    }
    if (user.id === actor.id) throw new ConflictError("Bạn không thể tự đổi vai trò hoặc tự khoá tài khoản của mình.");
    if (user.role === "ADMIN" && user.active && (data.role !== "ADMIN" || !data.active)) await assertAnotherAdmin(tx, user.id);
    await tx.user.update({ where: { id: user.id }, data: { role: data.role, active: data.active, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: data.active === user.active ? "staff.role_change" : data.active ? "staff.activate" : "staff.deactivate",
      entity: "User",
      entityId: user.id,
      details: { from: { role: user.role, active: user.active }, to: { role: data.role, active: data.active } },
    });
  });
  invalidate({ kind: "author", userId: data.id });
}

export async function resetStaffPassword(actor: Actor | null, input: unknown) {
  authorize(actor, "staff.manage");
  const { id } = parseInput(z.object({ id: idField("tài khoản") }), input);
  // One's own password is changed knowing the current one (Hồ sơ của tôi), not reset past it.
  if (id === actor.id) throw new ConflictError("Bạn không thể tự đặt lại mật khẩu của mình: hãy đổi mật khẩu ở mục “Hồ sơ của tôi”.");
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  const user = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id } });
    if (!user) throw new NotFoundError("Tài khoản không còn tồn tại.");
    await tx.user.update({ where: { id }, data: { passwordHash, mustChangePassword: true, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, { actorId: actor.id, action: "staff.password_reset", entity: "User", entityId: id });
    return user;
  });
  return { id: user.id, email: user.email, password };
}

async function assertAnotherAdmin(tx: Tx, exceptId: number) {
  const others = await tx.user.count({ where: { role: "ADMIN", active: true, id: { not: exceptId } } });
  if (others === 0) throw new ConflictError("Phải còn ít nhất một quản trị viên đang hoạt động.");
}
