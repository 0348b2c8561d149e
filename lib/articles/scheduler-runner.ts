import { randomBytes } from "node:crypto";
import { bannerTimePassed } from "@/lib/banners/queries";
import { invalidate } from "@/lib/cache/tags";
import { officialsWithTitleChangeOn } from "@/lib/officials/queries";
import { vietnamDayOf } from "@/lib/text/date";
import { applyChanges } from "./changes";
import { publishDueArticles } from "./scheduler";

export const SCHEDULER_INTERVAL_MS = 5_000;

// Shared by the instrumentation bundle (the timer) and the route bundle (the work) of one process.
const tokenKey = Symbol.for("toasoan.scheduler.token");
type WithToken = typeof globalThis & { [tokenKey]?: string };

export function schedulerToken(): string {
  const store = globalThis as WithToken;
  store[tokenKey] ??= randomBytes(24).toString("base64url");
  return store[tokenKey];
}

let bannersCheckedAt = new Date();
let titlesCheckedFor = vietnamDayOf(bannersCheckedAt).getTime();

/**
 * Publishes what is due and expires the affected cached pages. Also expires what time alone changes:
 * the banner list when a banner's start or end time has come since the last run, and, when a new day
 * begins in Vietnam, the pages of officials whose positions start or have ended (their current
 * titles). Must run inside a request.
 */
export async function runScheduledPublishing(now = new Date()): Promise<number[]> {
  const { published, changes } = await publishDueArticles(now);
  applyChanges(changes);
  if (await bannerTimePassed(bannersCheckedAt, now)) invalidate({ kind: "banners" });
  bannersCheckedAt = now;
  const today = vietnamDayOf(now);
  if (today.getTime() !== titlesCheckedFor) {
    for (const officialId of await officialsWithTitleChangeOn(today)) invalidate({ kind: "official", officialId });
    titlesCheckedFor = today.getTime();
  }
  return published;
}

/**
 * Every few seconds, asks this server to publish due articles. State lives in the database
 * (SCHEDULED + scheduledAt), so a restart loses nothing, and the claim is atomic, so several
 * instances can run the timer at once.
 */
export function startScheduler(): void {
  const key = Symbol.for("toasoan.scheduler.timer");
  const store = globalThis as Record<symbol, unknown>;
  if (store[key]) return;
  let running = false;
  const tick = async () => {
    const port = process.env.PORT;
    if (running || !port) return;
    running = true;
    try {
      await fetch(`http://127.0.0.1:${port}/api/lich-dang`, { method: "POST", headers: { "x-scheduler-token": schedulerToken() } });
    } catch (error) {
      console.error(`scheduler: ${(error as Error).message}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, SCHEDULER_INTERVAL_MS);
  timer.unref();
  store[key] = timer;
}
