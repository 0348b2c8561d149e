import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

type Handler = {
  get(key: string, ctx?: { kind?: string; tags?: string[]; softTags?: string[] }): Promise<{ value: unknown; lastModified: number } | null>;
  set(key: string, data: unknown, ctx?: { tags?: string[] }): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
};
const Handler = createRequire(import.meta.url)("../../lib/cache/next-cache-handler.cjs") as new () => Handler;

const page = (tags: string) => ({ kind: "APP_PAGE", html: "<p>bài</p>", status: 200, headers: { "x-next-cache-tags": tags } });
const tick = () => new Promise((r) => setTimeout(r, 2));

describe("the in-memory cache handler", () => {
  it("serves a cached page until one of the tags its data read is revalidated, then misses", async () => {
    const cache = new Handler();
    await cache.set("/tin/a-1", page("menu,article:1,category:3"), { tags: [] });
    await cache.set("/tin/b-2", page("menu,article:2,category:4"), { tags: [] });
    expect(await cache.get("/tin/a-1", { kind: "APP_PAGE" })).not.toBeNull();
    await tick();
    await cache.revalidateTag(["article:1"], { expire: 0 });
    expect(await cache.get("/tin/a-1", { kind: "APP_PAGE" })).toBeNull();
    expect(await cache.get("/tin/b-2", { kind: "APP_PAGE" })).not.toBeNull();
  });

  it("expires data entries by their own tags and by the page's implicit tags", async () => {
    const cache = new Handler();
    await cache.set("data-1", { kind: "FETCH", data: { body: "[]" } }, { tags: ["home"] });
    await cache.set("data-2", { kind: "FETCH", data: { body: "[]" } }, { tags: ["feeds"] });
    await tick();
    await cache.revalidateTag("home");
    expect(await cache.get("data-1", { kind: "FETCH", tags: ["home"] })).toBeNull();
    expect(await cache.get("data-2", { kind: "FETCH", tags: ["feeds"], softTags: ["_N_T_/rss.xml"] })).not.toBeNull();
    await tick();
    await cache.revalidateTag("_N_T_/rss.xml");
    expect(await cache.get("data-2", { kind: "FETCH", tags: ["feeds"], softTags: ["_N_T_/rss.xml"] })).toBeNull();
  });

  it("keeps entries stored after the revalidation", async () => {
    const cache = new Handler();
    await cache.revalidateTag("article:9");
    await tick();
    await cache.set("/tin/c-9", page("article:9"), { tags: [] });
    expect(await cache.get("/tin/c-9", { kind: "APP_PAGE" })).not.toBeNull();
  });

  it("a later expiry (a revalidation profile) takes effect only when it comes", async () => {
    const cache = new Handler();
    await cache.set("/x", page("banners"), { tags: [] });
    await tick();
    await cache.revalidateTag("banners", { expire: 3600 });
    expect(await cache.get("/x", { kind: "APP_PAGE" })).not.toBeNull();
  });
});
