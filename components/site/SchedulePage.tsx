import { notFound } from "next/navigation";
import { CURRENT_WEEK_EDITION } from "@/lib/schedule/paths";
import { weekSchedule } from "@/lib/schedule/queries";
import { parseWeekParam, weekParam, weekStartOf } from "@/lib/schedule/week";
import { cachedScheduleLeaderId, cachedScheduleLeaders, cachedScheduleWeek } from "@/lib/site/reader-data";
import { vietnamDayOf } from "@/lib/text/date";
import { ScheduleWeek } from "./ScheduleWeek";

/** The week a schedule address names ("tuan-nay": the current one), or null for none. */
export function scheduleWeekOf(week: string, now = new Date()): Date | null {
  return week === CURRENT_WEEK_EDITION ? weekStartOf(now) : parseWeekParam(week);
}

/** A leader's name for the page title, or null when the slug names nobody. */
export async function scheduleLeader(leaderSlug: string | null) {
  if (leaderSlug === null) return null;
  const leaders = await cachedScheduleLeaders();
  return leaders.find((l) => l.slug === leaderSlug) ?? null;
}

/** /lich-cong-tac, /lich-cong-tac/<Monday> and /lich-cong-tac/<Monday>/<official>: the cached week pages. */
export async function SchedulePage({ week, leaderSlug }: { week: string; leaderSlug: string | null }) {
  const now = new Date();
  const monday = scheduleWeekOf(week, now);
  if (!monday) notFound();
  const leaderId = leaderSlug === null ? null : await cachedScheduleLeaderId(leaderSlug);
  if (leaderSlug !== null && leaderId === null) notFound();
  const [leaders, entries] = await Promise.all([cachedScheduleLeaders(), cachedScheduleWeek(weekParam(monday), leaderId)]);
  const leader = leaders.find((l) => l.id === leaderId) ?? null;
  return <ScheduleWeek monday={monday} today={vietnamDayOf(now)} days={weekSchedule(monday, entries)} leaders={leaders} leader={leader} />;
}
