import { db } from "@/lib/db";
import { mediaUrl } from "@/lib/media/urls";

export type SiteBanner = { id: number; slot: string; src: string; width: number | null; height: number | null; linkUrl: string; alt: string };

/** Active banners whose dates include now, by slot and position. Images come from the media library or a site path. */
export async function listActiveBanners(): Promise<SiteBanner[]> {
  const now = new Date();
  const rows = await db.banner.findMany({
    where: {
      active: true,
      AND: [{ OR: [{ startsAt: null }, { startsAt: { lte: now } }] }, { OR: [{ endsAt: null }, { endsAt: { gt: now } }] }],
    },
    orderBy: [{ slot: "asc" }, { position: "asc" }, { id: "asc" }],
    select: { id: true, slot: true, imageUrl: true, linkUrl: true, alt: true, image: { select: { path: true, width: true, height: true } } },
  });
  return rows.flatMap((row) => {
    const src = row.image ? mediaUrl(row.image.path) : row.imageUrl;
    if (!src) return [];
    return [{ id: row.id, slot: row.slot, src, width: row.image?.width ?? null, height: row.image?.height ?? null, linkUrl: row.linkUrl, alt: row.alt }];
  });
}

/**
 * Whether an active banner started or ended in (since, until]. The cached banner list (and the pages
 * showing it) only change when someone saves a banner; a start or end time passing must expire it too.
 */
export async function bannerTimePassed(since: Date, until: Date): Promise<boolean> {
  const passed = await db.banner.count({
    where: { active: true, OR: [{ startsAt: { gt: since, lte: until } }, { endsAt: { gt: since, lte: until } }] },
  });
  return passed > 0;
}
