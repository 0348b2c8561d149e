import type { Metadata } from "next";
import { SchedulePage, scheduleLeader, scheduleWeekOf } from "@/components/site/SchedulePage";
import { schedulePath } from "@/lib/schedule/paths";
import { formatWeekSpan } from "@/lib/schedule/week";
import { siteAlternates, siteOpenGraph } from "@/lib/site/metadata";

// One official's week, cached like the whole week (tags "schedule" and the official's).
export const revalidate = 600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ week: string; leader: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { week, leader: slug } = await params;
  const [monday, leader] = [scheduleWeekOf(week), await scheduleLeader(slug)];
  if (!monday || !leader) return {};
  const title = `Lịch công tác của ${leader.fullName}, tuần ${formatWeekSpan(monday)}`;
  const path = schedulePath(monday, leader.slug);
  return { title, description: title, alternates: siteAlternates(path), openGraph: siteOpenGraph({ url: path, title }) };
}

export default async function LeaderScheduleWeekPage({ params }: Props) {
  const { week, leader } = await params;
  return <SchedulePage week={week} leaderSlug={leader} />;
}
