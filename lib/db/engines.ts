import { PGlite, type Transaction } from "@electric-sql/pglite";
import { citext } from "@electric-sql/pglite/contrib/citext";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import pg from "pg";
import { describeTarget, type DatabaseTarget } from "./config";
import { PrismaClient } from "./generated/client";
import { acquireFolderLock } from "./lock";
import type { SqlRunner } from "./sql";

export type Database = {
  prisma: PrismaClient;
  sql: SqlRunner;
  target: DatabaseTarget;
  close(): Promise<void>;
};

export function openDatabase(target: DatabaseTarget): Database {
  if (process.env.NEXT_PHASE === "phase-production-build") {
    // A build must never open (and lock, or write to) the database a running server may be using.
    throw new Error(`The database (${describeTarget(target)}) must not be opened during next build`);
  }
  return target.engine === "postgres" ? openPostgres(target) : openPglite(target);
}

function openPglite(target: Extract<DatabaseTarget, { engine: "pglite" }>): Database {
  const lock = acquireFolderLock(target.dir);
  try {
    const client = new PGlite(target.dir, { extensions: { citext, pg_trgm, unaccent } });
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(client) });
    return {
      prisma,
      sql: pgliteRunner(client),
      target,
      async close() {
        try {
          await prisma.$disconnect();
          await client.close();
        } finally {
          lock.release();
        }
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

function pgliteRunner(client: PGlite | Transaction): SqlRunner {
  return {
    async query<T>(sql: string, params?: unknown[]) {
      return (await client.query<T>(sql, params)).rows;
    },
    async exec(script) {
      await client.exec(script);
    },
    transaction(fn) {
      if (!("transaction" in client)) throw new Error("Nested transactions are not supported");
      return client.transaction((tx) => fn(pgliteRunner(tx)));
    },
  };
}

function openPostgres(target: Extract<DatabaseTarget, { engine: "postgres" }>): Database {
  // Timestamps are stored as UTC without a time zone (Prisma's convention); SQL comparing them with
  // now() must see UTC whatever the server's TimeZone setting is (PGlite's is UTC).
  const pool = new pg.Pool({ connectionString: target.url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10), options: "-c TimeZone=UTC" });
  // An idle connection the server ends (restart, failover, a database dropped in tests) must not
  // crash the process: the pool discards it and opens a new one on the next query.
  pool.on("error", (error) => console.error(`PostgreSQL: idle connection closed (${error.message})`));
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    prisma,
    sql: postgresRunner(pool),
    target,
    async close() {
      await prisma.$disconnect();
      await pool.end().catch(() => undefined);
    },
  };
}

function postgresRunner(pool: pg.Pool | pg.PoolClient): SqlRunner {
  return {
    async query<T>(sql: string, params?: unknown[]) {
      return (await pool.query(sql, params)).rows as T[];
    },
    async exec(script) {
      await pool.query(script);
    },
    async transaction(fn) {
      if (!(pool instanceof pg.Pool)) throw new Error("Nested transactions are not supported");
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await fn(postgresRunner(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
  };
}
