import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

/**
 * A fresh, empty database for one test file (or one e2e run), on the engine chosen by TEST_DB:
 * "pglite" (default): a new temporary data folder; "postgres": a new database on the server named by
 * TEST_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/test), dropped afterwards.
 */
export type FreshDatabase = { env: Record<string, string>; engine: "pglite" | "postgres"; drop(): Promise<void> };

export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

export async function createFreshDatabase(label: string): Promise<FreshDatabase> {
  const engine = process.env.TEST_DB === "postgres" ? "postgres" : "pglite";
  if (engine === "pglite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `toasoan-${label}-`));
    return {
      engine,
      env: { DATA_DIR: dir, PGLITE_DIR: path.join(dir, "db") },
      async drop() {
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `toasoan_${label.replace(/\W/g, "_")}_${process.pid}_${Date.now().toString(36)}`.toLowerCase().slice(0, 63);
  await withAdmin(async (client) => {
    await dropOrphans(client);
    await client.query(`CREATE DATABASE "${name}"`);
  });
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `toasoan-${label}-`));
  return {
    engine,
    env: { DATABASE_URL: url.toString(), DATA_DIR: dataDir },
    async drop() {
      await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Drops the test databases of processes that are gone: a test file whose tests were all skipped never
 * runs its afterAll, and a killed run never cleans up. The creating process's pid is in the name.
 */
async function dropOrphans(client: pg.Client) {
  const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname ~ '^toasoan_.*_[0-9]+_[0-9a-z]+$'`);
  for (const { datname } of rows) {
    const pid = Number(/_(\d+)_[0-9a-z]+$/.exec(datname)![1]);
    // Best effort: another test process may be dropping the same one.
    if (!isRunning(pid)) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`).catch(() => undefined);
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
