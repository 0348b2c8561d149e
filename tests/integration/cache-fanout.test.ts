import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { listenForRevalidations, publishRevalidation } from "@/lib/cache/fanout";
import store from "@/lib/cache/store.cjs";
import { databaseTarget } from "@/lib/db/config";

// Two app instances on one PostgreSQL database: a change made on one expires the pages it affects on
// the other. Here "the other instance" is this process's store and listener; the instance that made the
// change is a separate connection publishing what `invalidate(change)` publishes.
const target = databaseTarget();
const onPostgres = target.engine === "postgres";
const url = onPostgres ? target.url : "";
const CHANNEL = "toasoan_cache_revalidate";

const page = (tags: string) => ({ kind: "APP_PAGE", html: "<p>bài</p>", status: 200, headers: { "x-next-cache-tags": tags } });

async function until(condition: () => boolean, ms = 3000) {
  const end = Date.now() + ms;
  while (!condition() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
  return condition();
}

describe.skipIf(!onPostgres)("cache revalidations shared between instances (PostgreSQL)", () => {
  const stops: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const stop of stops) await stop();
  });

  it("expires here the pages another instance's change affects, and only those", async () => {
    stops.push(listenForRevalidations(url));
    store.write("/tin/a-1", page("article:1,category:3"), { cacheControl: { revalidate: 86400 } });
    store.write("/tin/b-2", page("article:2,category:4"), { cacheControl: { revalidate: 86400 } });
    await new Promise((r) => setTimeout(r, 300)); // the listener connects
    const otherInstance = new pg.Client({ connectionString: url });
    await otherInstance.connect();
    await otherInstance.query("SELECT pg_notify($1, $2)", [CHANNEL, JSON.stringify({ from: "another-instance", tags: ["category:3"] })]);
    await otherInstance.end();
    expect(await until(() => store.read("/tin/a-1") === null)).toBe(true);
    expect(store.read("/tin/b-2")).not.toBeNull();
  });

  it("publishes the tags a change expires for the other instances", async () => {
    const otherInstance = new pg.Client({ connectionString: url });
    await otherInstance.connect();
    const received: string[][] = [];
    otherInstance.on("notification", (message) => received.push((JSON.parse(message.payload!) as { tags: string[] }).tags));
    await otherInstance.query(`LISTEN ${CHANNEL}`);
    const many = Array.from({ length: 150 }, (_, i) => `official:${i}`);
    await publishRevalidation(["article:7", "home"]);
    await publishRevalidation(many);
    expect(await until(() => received.length === 3)).toBe(true);
    expect(received[0]).toEqual(["article:7", "home"]);
    expect(received.slice(1).flat()).toEqual(many);
    await otherInstance.end();
  });
});
