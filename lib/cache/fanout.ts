import { randomUUID } from "node:crypto";
import pg from "pg";
import { db } from "@/lib/db";
import { databaseTarget } from "@/lib/db/config";
import store from "./store.cjs";

/**
 * Several app instances on one PostgreSQL database each keep their own cache (lib/cache/store.cjs).
 * A change expires its pages on every instance: `invalidate(change)` publishes the tags it expired on a
 * PostgreSQL channel (NOTIFY), and every instance listens and expires the same tags in its own store.
 * PGlite is one process by construction (the folder lock), so it has nothing to tell.
 */
const CHANNEL = "toasoan_cache_revalidate";
/** NOTIFY payloads must stay under 8,000 bytes: long tag lists go in several messages. */
const TAGS_PER_MESSAGE = 100;
const RECONNECT_MS = 2000;
/** Per process, not per module: Next bundles this module into several chunks. */
const instanceId: string = ((globalThis as { [key: symbol]: string })[Symbol.for("toasoan.cache.instance")] ??= randomUUID());

export async function publishRevalidation(tags: string[]): Promise<void> {
  if (databaseTarget().engine !== "postgres" || !tags.length) return;
  for (let i = 0; i < tags.length; i += TAGS_PER_MESSAGE) {
    const payload = JSON.stringify({ from: instanceId, tags: tags.slice(i, i + TAGS_PER_MESSAGE) });
    await db.$executeRaw`SELECT pg_notify(${CHANNEL}, ${payload})`;
  }
}

/**
 * Expires in this instance's store the tags other instances publish, until the returned stop function
 * is called. After a lost connection it reconnects and empties the store, since revalidations sent
 * meanwhile were missed.
 */
export function listenForRevalidations(url: string, onError: (error: Error) => void = console.error): () => Promise<void> {
  let client: pg.Client | null = null;
  let stopped = false;
  let connectedBefore = false;

  const connect = async () => {
    const next = new pg.Client({ connectionString: url });
    next.on("notification", (message) => applyRevalidation(message.payload));
    next.on("error", (error) => {
      onError(error);
      void next.end().catch(() => undefined);
      if (client === next) retry();
    });
    client = next;
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANNEL}`);
      if (connectedBefore) store.clear();
      connectedBefore = true;
    } catch (error) {
      onError(error as Error);
      void next.end().catch(() => undefined);
      retry();
    }
  };
  const retry = () => {
    client = null;
    if (!stopped) setTimeout(() => void connect(), RECONNECT_MS).unref();
  };

  void connect();
  return async () => {
    stopped = true;
    await client?.end().catch(() => undefined);
  };
}

function applyRevalidation(payload: string | undefined) {
  try {
    const message = JSON.parse(payload ?? "") as { from?: unknown; tags?: unknown };
    if (message.from === instanceId || !Array.isArray(message.tags)) return;
    store.revalidate(message.tags.filter((tag): tag is string => typeof tag === "string"));
  } catch {
    // Not ours: ignore.
  }
}

/** Starts listening when the database is PostgreSQL (called once per server process). */
export function startRevalidationListener(): void {
  const target = databaseTarget();
  if (target.engine === "postgres") listenForRevalidations(target.url);
}
