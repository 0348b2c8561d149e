import type { Metadata } from "next";
import { SchedulePage, scheduleWeekOf } from "@/components/site/SchedulePage";
import { SCHEDULE_PATH, schedulePath } from "@/lib/schedule/paths";
import { formatWeekSpan } from "@/lib/schedule/week";
import { siteAlternates, siteOpenGraph } from "@/lib/site/metadata";

// "/lich-cong-tac" (this week) is served from here as "tuan-nay" (rewrite in next.config.ts), cached
// (ISR) until the "schedule" tag is expired; re-rendered every 10 minutes for "today" and a new week.
export const revalidate = 600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ week: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { week } = await params;
  const monday = scheduleWeekOf(week);
  if (!monday) return {};
  const title = `Lịch công tác tuần ${formatWeekSpan(monday)}`;
  const path = week === "tuan-nay" ? SCHEDULE_PATH : schedulePath(monday);
  return { title, description: `${title}: lịch làm việc của lãnh đạo tỉnh.`, alternates: siteAlternates(path), openGraph: siteOpenGraph({ url: path, title }) };
}

export default async function ScheduleWeekPage({ params }: Props) {
  return <SchedulePage week={(await params).week} leaderSlug={null} />;
}
