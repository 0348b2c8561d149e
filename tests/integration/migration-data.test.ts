import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTarget } from "@/lib/db/config";
import { openDatabase, type Database } from "@/lib/db/engines";
import { migrate, readMigrationFiles } from "@/lib/db/migrate";
import { createFreshDatabase, type FreshDatabase } from "../support/test-database";

/** Migrations that fill new columns from existing rows, run over data written before them. */
const SCHEDULED_BY = "20261128000000_article_scheduled_by";

let fresh: FreshDatabase;
let database: Database;

beforeAll(async () => {
  fresh = await createFreshDatabase("migration-data");
  database = openDatabase(databaseTarget({ ...fresh.env } as NodeJS.ProcessEnv));
});

afterAll(async () => {
  await database?.close();
  await fresh?.drop();
});

describe("an upgrade over existing data", () => {
  it("names who scheduled each article already waiting for its time: the last editor to schedule it", async () => {
    const files = readMigrationFiles();
    await migrate(database.sql, files.filter((file) => file.name < SCHEDULED_BY));
    const { sql } = database;
    await sql.exec(`
      INSERT INTO "User" ("id", "email", "displayName", "slug", "passwordHash", "updatedAt") VALUES
        (1, 'pv@toasoan.vn', 'Phóng viên', 'phong-vien', 'x', now()),
        (2, 'btv1@toasoan.vn', 'Biên tập 1', 'bien-tap-1', 'x', now()),
        (3, 'btv2@toasoan.vn', 'Biên tập 2', 'bien-tap-2', 'x', now());
      INSERT INTO "Category" ("id", "name", "slug", "updatedAt") VALUES (1, 'Thời sự', 'thoi-su', now());
      INSERT INTO "Article" ("id", "title", "slug", "body", "categoryId", "authorId", "status", "scheduledAt", "updatedAt") VALUES
        (1, 'Hẹn giờ hai lần', 'hen-gio-hai-lan', '{"type":"doc","content":[]}', 1, 1, 'SCHEDULED', now() + interval '1 day', now()),
        (2, 'Đã đăng', 'da-dang', '{"type":"doc","content":[]}', 1, 1, 'PUBLISHED', NULL, now()),
        (3, 'Hẹn giờ không rõ ai', 'hen-gio-khong-ro', '{"type":"doc","content":[]}', 1, 1, 'SCHEDULED', now() + interval '1 day', now());
      INSERT INTO "AuditLog" ("userId", "action", "entity", "entityId", "createdAt") VALUES
        (2, 'article.schedule', 'Article', '1', now() - interval '2 hours'),
        (3, 'article.schedule', 'Article', '1', now() - interval '1 hour'),
        (2, 'article.save', 'Article', '1', now()),
        (2, 'article.schedule', 'Article', '2', now() - interval '3 hours');
    `);

    const result = await migrate(sql, files);
    expect(result.applied).toContain(SCHEDULED_BY);
    const rows = await sql.query<{ id: number; scheduledById: number | null }>(`SELECT "id", "scheduledById" FROM "Article" ORDER BY "id"`);
    expect(rows).toEqual([
      { id: 1, scheduledById: 3 },
      { id: 2, scheduledById: null },
      { id: 3, scheduledById: null },
    ]);
  });
});
