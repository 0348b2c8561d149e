import type { ScheduleStatus } from "@/lib/db/generated/enums";
import { db } from "@/lib/db";
import { isSlug } from "@/lib/text/vietnamese";
import { vietnamDayOf } from "@/lib/text/date";
import { weekDays, weekRange } from "./week";

/** An entry as the reader site shows it. */
export type ScheduleEntryView = {
  id: number;
  startsAt: Date;
  endsAt: Date | null;
  allDay: boolean;
  content: string;
  place: string;
  chair: string;
  participants: string;
  preparedBy: string;
  status: ScheduleStatus;
  previousStartsAt: Date | null;
  updatedAt: Date;
  officials: { id: number; slug: string; fullName: string }[];
};

/**
 * The entries shown in a week (all leaders, or one official's): those starting in it, and those
 * whose time was changed away from it, which stay listed in their old place, marked, to its end.
 */
export function listWeekEntries(monday: Date, officialId: number | null): Promise<ScheduleEntryView[]> {
  const { from, to } = weekRange(monday);
  return listEntriesBetween(from, to, officialId);
}

/** Entries starting, or first announced, between two instants: the week pages and the .ics feeds. */
export async function listEntriesBetween(from: Date, to: Date, officialId: number | null): Promise<ScheduleEntryView[]> {
  const rows = await db.scheduleEntry.findMany({
    where: {
      OR: [{ startsAt: { gte: from, lt: to } }, { previousStartsAt: { gte: from, lt: to } }],
      ...(officialId === null ? {} : { officials: { some: { officialId } } }),
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    include: {
      officials: { select: { official: { select: { id: true, slug: true, fullName: true, group: { select: { position: true } }, position: true } } } },
    },
  });
  return rows.map(({ officials, ...entry }) => ({
    ...entry,
    officials: officials
      .map((o) => o.official)
      .sort((a, b) => (a.group?.position ?? 1e9) - (b.group?.position ?? 1e9) || a.position - b.position || a.id - b.id)
      .map(({ id, slug, fullName }) => ({ id, slug, fullName })),
  }));
}

/** The leaders a reader can filter by (the directory, in its order), for the week page's form. */
export function listScheduleLeaders() {
  return db.official.findMany({
    orderBy: [{ group: { position: "asc" } }, { position: "asc" }, { id: "asc" }],
    select: { id: true, slug: true, fullName: true },
  });
}

/** The id of the official with this slug, or null. */
export async function findLeaderIdBySlug(slug: string): Promise<number | null> {
  if (!isSlug(slug)) return null;
  return (await db.official.findUnique({ where: { slug }, select: { id: true } }))?.id ?? null;
}

/** One line of a day: the entry, the instant it is listed at, and whether this is its old place. */
export type ScheduleItem = { entry: ScheduleEntryView; at: Date; movedAway: boolean };

/**
 * The week's seven days, each with its items in time order. An entry whose time changed shows at its
 * new time, and also at its old one (marked as moved away) when that lay in this week on another slot.
 */
export function weekSchedule(monday: Date, entries: ScheduleEntryView[]): { day: Date; items: ScheduleItem[] }[] {
  const { from, to } = weekRange(monday);
  const inWeek = (at: Date) => at >= from && at < to;
  const items: ScheduleItem[] = [];
  for (const entry of entries) {
    if (inWeek(entry.startsAt)) items.push({ entry, at: entry.startsAt, movedAway: false });
    const previous = entry.previousStartsAt;
    if (entry.status === "TIME_CHANGED" && previous && inWeek(previous) && vietnamDayOf(previous).getTime() !== vietnamDayOf(entry.startsAt).getTime()) {
      items.push({ entry, at: previous, movedAway: true });
    }
  }
  items.sort((a, b) => a.at.getTime() - b.at.getTime() || a.entry.id - b.entry.id);
  return weekDays(monday).map((day) => ({ day, items: items.filter((item) => vietnamDayOf(item.at).getTime() === day.getTime()) }));
}
