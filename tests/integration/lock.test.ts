import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getDatabase } from "@/lib/db";
import { acquireFolderLock, DatabaseLockedError, lockPathFor } from "@/lib/db/lock";

const isPglite = getDatabase().target.engine === "pglite";

const scratchDirs: string[] = [];
function scratchDatabaseDir(): string {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), "toasoan-lock-"));
  scratchDirs.push(parent);
  return path.join(parent, "db");
}
afterAll(() => scratchDirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe.runIf(isPglite)("the embedded database folder lock", () => {
  it("refuses a second process with a clear message while this one has the folder open", async () => {
    const { db } = await import("@/lib/db");
    const before = await db.category.count();
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/migrate.ts"], {
      env: { ...process.env },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("is in use by another process");
    expect(result.stderr).toContain(`PID ${process.pid}`);
    // This process still owns a working database.
    await db.category.create({ data: { name: "Sau khi bị từ chối", slug: "sau-khi-bi-tu-choi" } });
    expect(await db.category.count()).toBe(before + 1);
  });

  it("takes over a lock left by a process that was killed", () => {
    const dir = scratchDatabaseDir();
    const dead = spawnSync(process.execPath, ["-e", "0"]).pid!;
    fs.writeFileSync(lockPathFor(dir), JSON.stringify({ pid: dead, host: os.hostname(), since: "2026-01-01T00:00:00Z" }));
    const lock = acquireFolderLock(dir);
    expect(JSON.parse(fs.readFileSync(lock.path, "utf8")).pid).toBe(process.pid);
    lock.release();
    expect(fs.existsSync(lock.path)).toBe(false);
  });

  it("refuses a folder held by a live process", () => {
    const dir = scratchDatabaseDir();
    fs.writeFileSync(lockPathFor(dir), JSON.stringify({ pid: process.ppid, host: os.hostname(), since: "2026-01-01T00:00:00Z" }));
    expect(() => acquireFolderLock(dir)).toThrow(DatabaseLockedError);
  });
});
