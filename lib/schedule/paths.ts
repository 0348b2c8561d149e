import { isSlug } from "@/lib/text/vietnamese";
import { parseWeekParam, weekParam } from "./week";

/** The schedule's address: /lich-cong-tac (this week), /lich-cong-tac/2026-12-07, …/<official's slug>. */
export const SCHEDULE_PATH = "/lich-cong-tac";
/** "/lich-cong-tac" is served by app/(site)/lich-cong-tac/[week] under this name (rewrite in next.config.ts). */
export const CURRENT_WEEK_EDITION = "tuan-nay";
/** The leader filter's GET form goes here and is redirected to the week's address. */
export const SCHEDULE_FILTER_PATH = `${SCHEDULE_PATH}/loc`;

/** A week's page, of every leader or one official's. */
export function schedulePath(monday: Date, leaderSlug: string | null = null): string {
  return `${SCHEDULE_PATH}/${weekParam(monday)}${leaderSlug ? `/${leaderSlug}` : ""}`;
}

/** The iCalendar feed of every leader (null) or of one official. */
export function scheduleFeedPath(leaderSlug: string | null): string {
  return `${SCHEDULE_PATH}/ics/${leaderSlug ?? "tat-ca"}.ics`;
}

/**
 * Where the leader filter's GET form leads: the week it was sent from (or this week), of the chosen
 * leader or of all. Anything that is not a Monday or a slug is ignored, never echoed.
 */
export function filterTarget(query: URLSearchParams, currentMonday: Date): string {
  const monday = parseWeekParam(query.get("tuan") ?? "") ?? currentMonday;
  const slug = query.get("lanh-dao") ?? "";
  return isSlug(slug) ? schedulePath(monday, slug) : schedulePath(monday);
}

/** The official a feed's file name names ("<slug>.ics"), "" for every leader ("tat-ca.ics"), null for no feed. */
export function feedLeaderOf(file: string): string | null {
  const match = /^(.+)\.ics$/.exec(file);
  if (!match) return null;
  if (match[1] === "tat-ca") return "";
  return isSlug(match[1]!) ? match[1]! : null;
}
