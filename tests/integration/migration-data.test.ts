import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { databaseTarget } from "@/lib/db/config";
import { openDatabase, type Database } from "@/lib/db/engines";
import { migrate, readMigrationFiles } from "@/lib/db/migrate";
import { createFreshDatabase, type FreshDatabase } from "../support/test-database";

/** Migrations that compute or fill columns from existing rows, run over data written before them. */
const SEARCH_WORD_SEPARATORS = "20261127090000_search_word_separators";
const SCHEDULED_BY = "20261128000000_article_scheduled_by";

let fresh: FreshDatabase;
let database: Database;

// Each case starts from an empty database and migrates it only up to the migration it checks.
beforeEach(async () => {
  fresh = await createFreshDatabase("migration-data");
  database = openDatabase(databaseTarget({ ...fresh.env } as NodeJS.ProcessEnv));
});

afterEach(async () => {
  await database?.close();
  await fresh?.drop();
});

describe("an upgrade over existing data", () => {
  it("re-indexes articles written before search split words joined by punctuation, so they are found", async () => {
    const files = readMigrationFiles();
    await migrate(
      database.sql,
      files.filter((file) => file.name < SEARCH_WORD_SEPARATORS),
    );
    const { sql } = database;
    await sql.exec(`
      INSERT INTO "User" ("id", "email", "displayName", "slug", "passwordHash", "updatedAt") VALUES (1, 'pv@toasoan.vn', 'Phóng viên', 'phong-vien', 'x', now());
      INSERT INTO "Category" ("id", "name", "slug", "updatedAt") VALUES (1, 'Thời sự', 'thoi-su', now());
      INSERT INTO "Article" ("id", "title", "slug", "sapo", "body", "categoryId", "authorId", "status", "updatedAt") VALUES
        (1, 'Sơ kết tháng 3/2022', 'so-ket', 'Nhiệm kỳ 2025-2030', '{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"Phòng chống COVID-19 ở TP.Vinh"}]}]}', 1, 1, 'PUBLISHED', now()),
        (2, 'Tin khác', 'tin-khac', 'Không liên quan', '{"type":"doc","content":[]}', 1, 1, 'PUBLISHED', now());
    `);

    expect((await migrate(sql, files)).applied).toContain(SEARCH_WORD_SEPARATORS);
    for (const query of ["2022", "2030", "covid 19", "Vinh", "tháng 3/2022"]) {
      const found = await sql.query<{ id: number }>(`SELECT "id" FROM "Article" WHERE "searchVector" @@ article_search_query($1) ORDER BY "id"`, [query]);
      expect(found, query).toEqual([{ id: 1 }]);
    }
    // The ranking vector (title and sapo) is recomputed too.
    const head = await sql.query<{ id: number }>(`SELECT "id" FROM "Article" WHERE "searchHead" @@ article_search_query('2030')`);
    expect(head).toEqual([{ id: 1 }]);
  });

  it("names who scheduled each article already waiting for its time: the last editor to schedule it", async () => {
    const files = readMigrationFiles();
    await migrate(
      database.sql,
      files.filter((file) => file.name < SCHEDULED_BY),
    );
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
