import { z } from "zod";
import { parseInput } from "@/lib/actions";
import { optionalText, optionalUrl, requiredLine, slugField } from "@/lib/forms/fields";
import { fieldMessages } from "@/lib/forms/messages";
import { recordAudit } from "@/lib/audit/log";
import { invalidate } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { lockForWrite } from "@/lib/db/write-lock";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { assertSlugFree, slugFrom, slugged } from "@/lib/slugs";
import { passwordSchema } from "./accounts";
import { hashPassword, verifyPassword } from "./password";
import { authorize, type Actor } from "./policy";
import { verifyThrottled } from "./rate-limit";
import { authorPath } from "@/lib/authors/paths";
import { addRedirect } from "@/lib/redirects";

/** What every signed-in user may change about themselves: their password and public author profile. */

const passwordChangeSchema = z.object({
  currentPassword: z.preprocess((v) => v ?? "", z.string().min(1, fieldMessages.required("mật khẩu hiện tại"))),
  newPassword: z.preprocess((v) => (typeof v === "string" ? v.normalize("NFC") : ""), z.string()),
  confirmPassword: z.preprocess((v) => (typeof v === "string" ? v.normalize("NFC") : ""), z.string()),
});

/**
 * Changes the actor's own password; returns the e-mail, for signing in again with the new password.
 * The current password is checked under the sign-in throttle, from the client's address `ip`.
 */
export async function changeOwnPassword(actor: Actor | null, input: unknown, ip = "unknown"): Promise<{ email: string }> {
  authorize(actor, "password.change");
  const data = parseInput(passwordChangeSchema, input);
  const user = await db.user.findUnique({ where: { id: actor.id } });
  if (!user) throw new NotFoundError("Tài khoản không còn tồn tại.");
  const checked = passwordSchema(user.email).safeParse(data.newPassword);
  if (!checked.success) throw new ValidationError("Mật khẩu mới chưa hợp lệ.", { newPassword: checked.error.issues.map((i) => i.message) });
  if (data.newPassword !== data.confirmPassword)
    throw new ValidationError("Mật khẩu nhập lại không khớp.", { confirmPassword: ["Mật khẩu nhập lại không khớp"] });
  if (!(await verifyThrottled({ email: user.email, ip, userId: user.id }, () => verifyPassword(user.passwordHash, data.currentPassword)))) {
    throw new ValidationError("Mật khẩu hiện tại không đúng.", { currentPassword: ["Mật khẩu hiện tại không đúng"] });
  }
  if (await verifyPassword(user.passwordHash, data.newPassword)) {
    throw new ValidationError("Mật khẩu mới phải khác mật khẩu hiện tại.", { newPassword: ["Hãy chọn một mật khẩu khác mật khẩu hiện tại"] });
  }
  const passwordHash = await hashPassword(checked.data);
  await db.$transaction(async (tx) => {
    // Other sessions end; the caller signs this one in again with the new password.
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, { actorId: user.id, action: "account.password_change", entity: "User", entityId: user.id });
  });
  return { email: user.email };
}

const profileSchema = z.object({
  displayName: requiredLine("họ tên", 120),
  slug: slugField,
  bio: optionalText("giới thiệu", 2000),
  avatar: optionalUrl("ảnh đại diện"),
});

/** The signed-in person's author profile, as the profile form shows it. */
export async function getOwnProfile(actor: Actor | null) {
  authorize(actor, "profile.edit");
  return db.user.findUniqueOrThrow({ where: { id: actor!.id }, select: { displayName: true, slug: true, bio: true, avatar: true } });
}

export async function updateOwnProfile(actor: Actor | null, input: unknown) {
  authorize(actor, "profile.edit");
  const data = parseInput(profileSchema, input);
  const slug = slugFrom(data.displayName, data.slug);
  await db.$transaction(async (tx) => {
    // Author slugs are also picked for new accounts (createStaffAccount, under the same lock).
    await lockForWrite(tx, "staff");
    await assertSlugFree(tx, slugged.user, slug, actor.id);
    const before = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { displayName: true, slug: true } });
    await tx.user.update({ where: { id: actor.id }, data: { displayName: data.displayName, slug, bio: data.bio, avatar: data.avatar } });
    // Links to the old author page keep working (proxy.ts answers 301).
    if (before.slug !== slug) await addRedirect(tx, authorPath(before.slug), authorPath(slug));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "account.profile_update",
      entity: "User",
      entityId: actor.id,
      details: { from: before, to: { displayName: data.displayName, slug } },
    });
  });
  invalidate({ kind: "author", userId: actor.id });
}
