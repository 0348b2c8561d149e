import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authenticate } from "@/lib/people/credentials";
import { hashPassword, verifyPassword } from "@/lib/people/password";
import { changeOwnPassword } from "@/lib/people/profile";
import { ACCOUNT_LIMIT, IP_LIMIT, PRUNE_BATCH, WINDOW_MS, lockMessage, signInLock } from "@/lib/people/rate-limit";

const PASSWORD = "dung-mat-khau-123";

beforeAll(async () => {
  const passwordHash = await hashPassword(PASSWORD);
  for (const email of ["khoa@example.vn", "ip-a@example.vn", "ip-b@example.vn", "cu@example.vn", "dong-loat@example.vn", "doi-mk@example.vn"]) {
    await db.user.create({ data: { email, displayName: email, slug: email.replace(/\W/g, "-"), passwordHash } });
  }
});

describe("sign-in rate limit", () => {
  it("locks an account after 5 failures in 15 minutes, refusing even the right password, and audits the first failure and the lock", async () => {
    for (let i = 0; i < ACCOUNT_LIMIT - 1; i++) expect(await authenticate({ email: "khoa@example.vn", password: "sai" }, "10.0.0.1")).toBeNull();
    expect((await signInLock("khoa@example.vn", "10.0.0.9")).locked).toBe(false);
    expect(await authenticate({ email: "khoa@example.vn", password: "sai" }, "10.0.0.2")).toBeNull();

    const lock = await signInLock("khoa@example.vn", "10.0.0.9");
    expect(lock).toMatchObject({ locked: true });
    expect(lock.locked && lock.retryAfterSeconds).toBeGreaterThan(14 * 60);
    // From a new address, with the right password: still refused while locked.
    expect(await authenticate({ email: "KHOA@example.vn", password: PASSWORD }, "10.0.0.9")).toBeNull();
    const user = await db.user.findUniqueOrThrow({ where: { email: "khoa@example.vn" } });
    const rows = await db.auditLog.findMany({ where: { entity: "User", entityId: String(user.id) }, orderBy: { id: "asc" } });
    expect(rows.map((row) => row.action)).toEqual(["auth.sign_in_failed", "auth.sign_in_locked"]);
    expect(rows[1]!.details).toEqual({ ip: "10.0.0.2", email: "khoa@example.vn", failures: ACCOUNT_LIMIT, lockedMinutes: 15 });
    expect(lockMessage(lock.locked ? lock.retryAfterSeconds : 0)).toMatch(/^Bạn đã đăng nhập sai quá nhiều lần\. Vui lòng thử lại sau 15 phút\.$/);
  });

  it("unlocks once the failures are older than the window", async () => {
    await db.signInAttempt.updateMany({ where: { email: "khoa@example.vn" }, data: { createdAt: new Date(Date.now() - WINDOW_MS - 1000) } });
    expect((await signInLock("khoa@example.vn", "10.0.0.9")).locked).toBe(false);
    expect(await authenticate({ email: "khoa@example.vn", password: PASSWORD }, "10.0.0.9")).not.toBeNull();
  });

  it("a successful sign-in clears the account's earlier failures", async () => {
    for (let i = 0; i < ACCOUNT_LIMIT - 1; i++) await authenticate({ email: "cu@example.vn", password: "sai" }, "10.0.1.1");
    expect(await authenticate({ email: "cu@example.vn", password: PASSWORD }, "10.0.1.1")).not.toBeNull();
    expect(await authenticate({ email: "cu@example.vn", password: "sai" }, "10.0.1.1")).toBeNull();
    expect((await signInLock("cu@example.vn", "10.0.1.2")).locked).toBe(false);
  });

  it("locks an IP address after 20 failures across accounts, but not other addresses", async () => {
    for (let i = 0; i < IP_LIMIT; i++) {
      await authenticate({ email: `khong-ton-tai-${i}@example.vn`, password: "sai" }, "203.0.113.7");
    }
    expect((await signInLock("ip-a@example.vn", "203.0.113.7")).locked).toBe(true);
    expect(await authenticate({ email: "ip-a@example.vn", password: PASSWORD }, "203.0.113.7")).toBeNull();
    expect(await authenticate({ email: "ip-b@example.vn", password: PASSWORD }, "203.0.113.8")).not.toBeNull();
    expect(await db.signInAttempt.count({ where: { ip: "203.0.113.7", success: false } })).toBe(IP_LIMIT);
    expect(await db.auditLog.count({ where: { action: "auth.sign_in_address_locked", entity: "IP", entityId: "203.0.113.7" } })).toBe(1);
  });

  it("a bot that keeps guessing leaves a bounded audit trail: refused attempts write nothing, a new window one row again", async () => {
    const email = "bi-do@example.vn";
    const auditRows = () => db.auditLog.count({ where: { details: { path: ["email"], equals: email } } });
    for (let i = 0; i < ACCOUNT_LIMIT + 40; i++) expect(await authenticate({ email, password: `doan-${i}` }, `198.18.0.${i % 3}`)).toBeNull();
    expect(await auditRows()).toBe(2);

    await db.signInAttempt.updateMany({ where: { email }, data: { createdAt: new Date(Date.now() - WINDOW_MS - 1000) } });
    for (let i = 0; i < 3; i++) await authenticate({ email, password: "van-sai" }, "198.18.0.9");
    expect(await db.auditLog.count({ where: { action: "auth.sign_in_failed", details: { path: ["email"], equals: email } } })).toBe(2);
    expect(await auditRows()).toBe(3);
  });

  it("every attempt deletes a bounded batch of attempts older than the window, also when nobody signs in", async () => {
    // A guessing bot on accounts that do not exist never signs in: its old rows must go all the same.
    const longAgo = new Date(Date.now() - WINDOW_MS - 60_000);
    const old = Array.from({ length: 2 * PRUNE_BATCH + 50 }, (_, i) => ({ email: `bot-${i}@example.vn`, ip: "10.9.9.9", success: false, createdAt: longAgo }));
    await db.signInAttempt.createMany({ data: old });
    const recent = await db.signInAttempt.create({
      data: { email: "cu@example.vn", ip: "10.9.9.9", success: false, createdAt: new Date(Date.now() - WINDOW_MS + 60_000) },
    });
    const oldRows = () => db.signInAttempt.count({ where: { createdAt: { lt: new Date(Date.now() - WINDOW_MS) } } });
    const before = await oldRows();
    expect(before).toBeGreaterThanOrEqual(old.length);

    expect(await authenticate({ email: "khong-co-ai@example.vn", password: "sai" }, "10.9.9.1")).toBeNull();
    expect(await oldRows()).toBe(before - PRUNE_BATCH);
    for (let i = 0; i < Math.ceil(before / PRUNE_BATCH); i++) await authenticate({ email: "khong-co-ai@example.vn", password: "sai" }, "10.9.9.1");
    expect(await oldRows()).toBe(0);
    expect(await db.signInAttempt.findUnique({ where: { id: recent.id } })).not.toBeNull();
  });

  it("a burst of simultaneous guesses gets no more tries than one after another", async () => {
    // Each attempt is counted before its password is checked: otherwise every request of a burst
    // passes the lock check while the others are still hashing, and the limit never applies.
    const email = "dong-loat@example.vn";
    const guesses = Array.from({ length: 12 }, (_, i) => authenticate({ email, password: `doan-${i}` }, `192.0.2.${i + 1}`));
    expect(await Promise.all(guesses)).toEqual(Array(12).fill(null));
    expect(await db.signInAttempt.count({ where: { email, success: false } })).toBe(ACCOUNT_LIMIT);
    // Audited once as failed and once as locked, whatever the order the attempts ran in.
    const audited = await db.auditLog.findMany({ where: { details: { path: ["email"], equals: email } }, select: { action: true } });
    expect(audited.map((row) => row.action).sort()).toEqual(["auth.sign_in_failed", "auth.sign_in_locked"]);
    // The right password in the same kind of burst, once locked: still refused.
    expect(await authenticate({ email, password: PASSWORD }, "192.0.2.99")).toBeNull();
  });

  it("guessing the current password on the password form counts as failed sign-ins and is throttled too", async () => {
    // A session left open (an unlocked computer) must not become a way to find the password and keep the account.
    const user = await db.user.findUniqueOrThrow({ where: { email: "doi-mk@example.vn" } });
    const self = { id: user.id, role: user.role };
    const change = (currentPassword: string) =>
      changeOwnPassword(self, { currentPassword, newPassword: "mat-khau-moi-rat-dai", confirmPassword: "mat-khau-moi-rat-dai" }, "10.7.7.7");
    for (let i = 0; i < ACCOUNT_LIMIT; i++) await expect(change(`doan-${i}`)).rejects.toMatchObject({ status: 422, message: "Mật khẩu hiện tại không đúng." });
    await expect(change(PASSWORD)).rejects.toMatchObject({ status: 429, message: "Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút." });
    expect(await verifyPassword((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash, PASSWORD)).toBe(true);
    expect(await authenticate({ email: "doi-mk@example.vn", password: PASSWORD }, "10.7.7.8")).toBeNull();

    await db.signInAttempt.updateMany({ where: { email: "doi-mk@example.vn" }, data: { createdAt: new Date(Date.now() - WINDOW_MS - 1000) } });
    await expect(change(PASSWORD)).resolves.toEqual({ email: "doi-mk@example.vn" });
  });
});
