// Runs before each integration test file: a fresh database on the engine under test, migrated.
import { afterAll } from "vitest";
import { closeDatabase, getDatabase } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { createFreshDatabase } from "../support/test-database";

const fresh = await createFreshDatabase("it");
delete process.env.DATABASE_URL;
delete process.env.PGLITE_DIR;
Object.assign(process.env, fresh.env);
await migrate(getDatabase().sql);

afterAll(async () => {
  await closeDatabase();
  await fresh.drop();
});
