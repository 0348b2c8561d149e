import { databaseTarget } from "./config";
import { openDatabase, type Database } from "./engines";
import type { PrismaClient } from "./generated/client";

export type { Database } from "./engines";
export { Prisma } from "./generated/client";
export type { PrismaClient } from "./generated/client";

// One database per process, shared by every bundle Next.js loads in that process (and kept across
// hot reloads in development): opening a PGlite folder twice would corrupt it.
const globalKey = Symbol.for("toasoan.database");
type GlobalWithDb = typeof globalThis & { [globalKey]?: Database };

export function getDatabase(): Database {
  const store = globalThis as GlobalWithDb;
  store[globalKey] ??= openDatabase(databaseTarget());
  return store[globalKey];
}

export async function closeDatabase(): Promise<void> {
  const store = globalThis as GlobalWithDb;
  const database = store[globalKey];
  delete store[globalKey];
  await database?.close();
}

/** The Prisma client for the configured database, opened on first use. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getDatabase().prisma;
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export type Tx = import("./generated/client").Prisma.TransactionClient;
