import { db } from "@/lib/db";
import { isSlug } from "@/lib/text/vietnamese";

const positionSelect = { title: true, organisation: true, startDate: true, endDate: true, order: true } as const;

/**
 * The officials directory (/lanh-dao): groups in their display order, each with its officials in
 * protocol order (the admin-set position, never alphabetical), then officials without a group.
 */
export async function listOfficialsDirectory() {
  const [groups, ungrouped] = await Promise.all([
    db.officialGroup.findMany({
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: {
        id: true,
        name: true,
        slug: true,
        officials: {
          orderBy: [{ position: "asc" }, { id: "asc" }],
          select: { id: true, slug: true, fullName: true, portrait: true, positions: { select: positionSelect } },
        },
      },
    }),
    db.official.findMany({
      where: { groupId: null },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, slug: true, fullName: true, portrait: true, positions: { select: positionSelect } },
    }),
  ]);
  return { groups: groups.filter((g) => g.officials.length > 0), ungrouped };
}

/** The id of the official at /lanh-dao/<slug>, or null. */
export async function findOfficialIdBySlug(slug: string): Promise<number | null> {
  if (!isSlug(slug)) return null;
  return (await db.official.findUnique({ where: { slug }, select: { id: true } }))?.id ?? null;
}

/** The official at /lanh-dao/<slug>, or null. */
export async function getOfficialBySlug(slug: string) {
  if (!isSlug(slug)) return null;
  return db.official.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      fullName: true,
      portrait: true,
      biography: true,
      birthYear: true,
      homeTown: true,
      updatedAt: true,
      group: { select: { name: true } },
      positions: { orderBy: [{ startDate: "desc" }, { order: "asc" }], select: positionSelect },
    },
  });
}

export function listOfficialSlugs() {
  return db.official.findMany({ orderBy: { id: "asc" }, select: { slug: true, updatedAt: true } });
}

/**
 * The officials whose current titles change when `day` (a position date) begins: a position starts
 * that day, or ended the day before (end dates are the last day held).
 */
export async function officialsWithTitleChangeOn(day: Date): Promise<number[]> {
  const dayBefore = new Date(day.getTime() - 86_400_000);
  const rows = await db.officialPosition.findMany({
    where: { OR: [{ startDate: day }, { endDate: dayBefore }] },
    select: { officialId: true },
    distinct: ["officialId"],
  });
  return rows.map((row) => row.officialId);
}
