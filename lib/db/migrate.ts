import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { SqlRunner } from "./sql";

/**
 * Applies prisma/migrations/<name>/migration.sql in order, recording each in `_prisma_migrations`
 * exactly as Prisma Migrate does (same table, same SHA-256 checksum of the file), so that
 * `prisma migrate status|deploy` agree with it on machines that have Prisma's schema engine.
 * Unlike Prisma, each migration runs in one transaction together with its bookkeeping row.
 */
export const MIGRATIONS_DIR = path.resolve(process.cwd(), "prisma", "migrations");

// The key Prisma Migrate itself takes, so the two never run at the same time.
const PRISMA_ADVISORY_LOCK = 72707369;

export type MigrationFile = { name: string; sql: string; checksum: string };
export type MigrationResult = { applied: string[]; alreadyApplied: number };

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MigrationError";
  }
}

export function checksumOf(sql: string): string {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}

export function readMigrationFiles(dir = MIGRATIONS_DIR): MigrationFile[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: checksumOf(sql) };
    });
}

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
);`;

type AppliedRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

export async function migrate(sql: SqlRunner, files = readMigrationFiles()): Promise<MigrationResult> {
  const applied = await sql.transaction(async (tx) => {
    await lockMigrations(tx);
    await tx.exec(CREATE_MIGRATIONS_TABLE);
    return appliedMigrations(tx);
  });
  checkHistory(files, applied);
  const pending = files.filter((file) => !applied.has(file.name));
  const newlyApplied: string[] = [];
  for (const file of pending) {
    if (await applyOne(sql, file)) newlyApplied.push(file.name);
  }
  return { applied: newlyApplied, alreadyApplied: applied.size };
}

// Transaction-scoped, so it works through a connection pool; released at COMMIT or ROLLBACK.
async function lockMigrations(tx: SqlRunner): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(${PRISMA_ADVISORY_LOCK})`);
}

async function appliedMigrations(sql: SqlRunner): Promise<Map<string, AppliedRow>> {
  const rows = await sql.query<AppliedRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"
     WHERE rolled_back_at IS NULL ORDER BY started_at`,
  );
  return new Map(rows.map((row) => [row.migration_name, row]));
}

function checkHistory(files: MigrationFile[], applied: Map<string, AppliedRow>): void {
  const byName = new Map(files.map((file) => [file.name, file]));
  for (const row of applied.values()) {
    if (row.finished_at === null) {
      throw new MigrationError(
        `Migration ${row.migration_name} started but did not finish. Repair the database, then mark it ` +
          `rolled back (UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '${row.migration_name}').`,
      );
    }
    const file = byName.get(row.migration_name);
    if (file && file.checksum !== row.checksum) {
      throw new MigrationError(
        `Migration ${row.migration_name} was modified after it was applied to this database ` +
          `(checksum ${row.checksum.slice(0, 12)}… in the database, ${file.checksum.slice(0, 12)}… on disk). ` +
          `Restore the original file and put the change in a new migration.`,
      );
    }
  }
}

/** Returns false when another process applied the migration meanwhile. */
async function applyOne(sql: SqlRunner, file: MigrationFile): Promise<boolean> {
  try {
    return await sql.transaction(async (tx) => {
      await lockMigrations(tx);
      if ((await appliedMigrations(tx)).has(file.name)) return false;
      const id = randomUUID();
      await tx.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
         VALUES ($1, $2, $3, now(), 0)`,
        [id, file.checksum, file.name],
      );
      await tx.exec(file.sql);
      await tx.query(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [id]);
      return true;
    });
  } catch (error) {
    throw new MigrationError(`Migration ${file.name} failed and was rolled back: ${(error as Error).message}`);
  }
}
