import type { Tx } from "./index";

/**
 * Serialises the transactions that check before they write one kind of data: a slug still free, a
 * category move that makes no cycle, a settings form not stale, another active admin
 * left when one is demoted. Under READ COMMITTED two such transactions would otherwise both
 * pass their checks and commit together (two parents pointing at each other, a unique-key error
 * instead of a message). Held until the transaction ends; PGlite and PostgreSQL alike.
 */
export async function lockForWrite(tx: Tx, scope: "categories" | "officials" | "settings" | "staff"): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`toasoan:${scope}`}))`;
}
