import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * An exclusive, process-wide lock on an embedded database folder.
 *
 * PGlite gives a second process that opens the same folder no error, and that process silently
 * destroys the first one's writes. So every process that opens the folder first creates
 * `<folder>.lock` with O_EXCL. A lock left behind by a process that died (kill -9) is recognised by
 * its PID no longer running on this host, and taken over.
 */
export class DatabaseLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly holderPid: number,
  ) {
    super(
      `The embedded database ${dir} is in use by another process (PID ${holderPid}). ` +
        `Only one process may open it at a time: stop that process (for example the running server) ` +
        `and try again, or use PostgreSQL (DATABASE_URL) to run several processes.`,
    );
    this.name = "DatabaseLockedError";
  }
}

type LockInfo = { pid: number; host: string; since: string };

export type FolderLock = { path: string; release(): void };

export function lockPathFor(dir: string): string {
  return path.join(path.dirname(dir), `${path.basename(dir)}.lock`);
}

export function acquireFolderLock(dir: string): FolderLock {
  const lockPath = lockPathFor(dir);
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  const info: LockInfo = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };

  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockPath, JSON.stringify(info), { flag: "wx" });
      return makeLock(lockPath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = readLock(lockPath);
    if (holder && isAlive(holder)) {
      throw new DatabaseLockedError(dir, holder.pid);
    }
    // Stale lock (holder died) or unreadable half-written file: remove it and try again.
    fs.rmSync(lockPath, { force: true });
  }
  throw new Error(`Could not lock ${dir}: ${lockPath} keeps reappearing`);
}

function makeLock(lockPath: string): FolderLock {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off("exit", release);
    if (readLock(lockPath)?.pid === process.pid) fs.rmSync(lockPath, { force: true });
  };
  process.on("exit", release);
  return { path: lockPath, release };
}

function readLock(lockPath: string): LockInfo | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(lockPath, "utf8")) as Partial<LockInfo>;
    return typeof parsed.pid === "number" ? (parsed as LockInfo) : null;
  } catch {
    return null;
  }
}

function isAlive(holder: LockInfo): boolean {
  if (holder.host !== os.hostname()) return true; // cannot check another host: assume it is alive
  if (holder.pid === process.pid) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
