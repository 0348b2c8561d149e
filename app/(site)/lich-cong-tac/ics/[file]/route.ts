import { xmlResponse } from "@/lib/feeds/xml";
import { feedLeaderOf, SCHEDULE_PATH, schedulePath } from "@/lib/schedule/paths";
import { scheduleCalendar } from "@/lib/schedule/ics";
import { weekParam, weekStartOf } from "@/lib/schedule/week";
import { cachedScheduleFeed, cachedScheduleLeaderId, cachedScheduleLeaders, cachedSettings } from "@/lib/site/reader-data";
import { absoluteUrl, siteUrl } from "@/lib/site/url";

// Request-time (the build has no database); the entries come from the data cache, tag "schedule".
export const dynamic = "force-dynamic";

/** /lich-cong-tac/ics/tat-ca.ics (every leader) and /lich-cong-tac/ics/<official>.ics. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const slug = feedLeaderOf((await params).file);
  const monday = weekStartOf(new Date());
  const leaderId = slug ? await cachedScheduleLeaderId(slug) : null;
  if (slug === null || (slug && leaderId === null))
    return new Response("Không có lịch này", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const [settings, leaders, entries] = await Promise.all([cachedSettings(), cachedScheduleLeaders(), cachedScheduleFeed(weekParam(monday), leaderId)]);
  const leader = leaders.find((l) => l.id === leaderId);
  const body = scheduleCalendar({
    name: `Lịch công tác${leader ? ` - ${leader.fullName}` : ""} - ${settings.siteName}`,
    host: new URL(siteUrl()).host,
    url: absoluteUrl(leader ? schedulePath(monday, leader.slug) : SCHEDULE_PATH),
    entries,
  });
  return xmlResponse(request, body, "text/calendar; charset=utf-8");
}
