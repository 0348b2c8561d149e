import { vietnamDayOf } from "@/lib/text/date";

/** Positions as stored: endDate null means the position is still held. */
export type PositionSpan = { title: string; organisation: string; startDate: Date; endDate: Date | null; order: number };

/**
 * The positions an official held on a given day, most senior first. An article from 2022 names
 * Thái Thanh Quý "Bí thư Tỉnh ủy" even after he left the post: pass the article's publication date.
 */
export function positionsOn(positions: PositionSpan[], at: Date): PositionSpan[] {
  // Position dates are calendar days (stored as UTC midnight): compared with the day in Vietnam.
  const t = vietnamDayOf(at).getTime();
  return positions.filter((p) => startOfUtcDay(p.startDate) <= t && (p.endDate === null || startOfUtcDay(p.endDate) >= t)).sort((a, b) => a.order - b.order);
}

export function titleOn(positions: PositionSpan[], at: Date): string {
  return positionsOn(positions, at)
    .map((p) => p.title)
    .join(", ");
}
function startOfUtcDay(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}
