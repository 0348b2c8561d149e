import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { getDatabase } from "@/lib/db";
import { checksumOf, migrate, MigrationError, readMigrationFiles } from "@/lib/db/migrate";

type Row = { migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number; rolled_back_at: Date | null };

const tmpDirs: string[] = [];
afterEach(() => tmpDirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A copy of the project's migrations plus extra ones, to test against. */
function migrationsWith(extra: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "toasoan-migrations-"));
  tmpDirs.push(dir);
  fs.cpSync(path.resolve("prisma/migrations"), dir, { recursive: true });
  for (const [name, sql] of Object.entries(extra)) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

describe("db:migrate", () => {
  it("records every migration in _prisma_migrations as Prisma does", async () => {
    const { sql } = getDatabase();
    const rows = await sql.query<Row>(`SELECT * FROM "_prisma_migrations" ORDER BY migration_name`);
    const files = readMigrationFiles();
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    for (const [i, row] of rows.entries()) {
      expect(row.checksum).toBe(checksumOf(files[i]!.sql));
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).not.toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("does nothing the second time", async () => {
    const result = await migrate(getDatabase().sql);
    expect(result.applied).toEqual([]);
    expect(result.alreadyApplied).toBe(readMigrationFiles().length);
  });

  it("applies a new migration, then refuses when its file is changed afterwards", async () => {
    const { sql } = getDatabase();
    const dir = migrationsWith({ "29990101000000_add_note": 'CREATE TABLE "MigrateProbe" ("id" INTEGER PRIMARY KEY);' });
    expect((await migrate(sql, readMigrationFiles(dir))).applied).toEqual(["29990101000000_add_note"]);

    fs.appendFileSync(path.join(dir, "29990101000000_add_note", "migration.sql"), "\n-- edited");
    await expect(migrate(sql, readMigrationFiles(dir))).rejects.toThrow(/29990101000000_add_note was modified after it was applied/);
    await sql.exec(`DROP TABLE "MigrateProbe"; DELETE FROM "_prisma_migrations" WHERE migration_name = '29990101000000_add_note'`);
  });

  it("rolls a failing migration back completely: no half-created table, no bookkeeping row", async () => {
    const { sql } = getDatabase();
    const dir = migrationsWith({
      "29990102000000_broken": 'CREATE TABLE "HalfDone" ("id" INTEGER);\nSELECT * FROM "NoSuchTable";',
    });
    const failure = migrate(sql, readMigrationFiles(dir));
    await expect(failure).rejects.toBeInstanceOf(MigrationError);
    await expect(failure).rejects.toThrow(/29990102000000_broken failed and was rolled back/);
    const tables = await sql.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'HalfDone'`);
    expect(tables).toHaveLength(0);
    const rows = await sql.query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '29990102000000_broken'`);
    expect(rows).toHaveLength(0);
  });
});
