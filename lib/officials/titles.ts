/** Positions as stored: endDate null means the position is still held. */
export type PositionSpan = { title: string; organisation: string; startDate: Date; endDate: Date | null; order: number };

/**
 * The positions an official held on a given day, most senior first. An article from 2022 names
 * Thái Thanh Quý "Bí thư Tỉnh ủy" even after he left the post: pass the article's publication date.
 */
export function positionsOn(positions: PositionSpan[], at: Date): PositionSpan[] {
  const t = vietnamDay(at);
  return positions
    .filter((p) => startOfUtcDay(p.startDate) <= t && (p.endDate === null || startOfUtcDay(p.endDate) >= t))
    .sort((a, b) => a.order - b.order);
}

export function titleOn(positions: PositionSpan[], at: Date): string {
  return positionsOn(positions, at)
    .map((p) => p.title)
    .join(", ");
}

// Position dates are calendar days (stored as UTC midnight); an instant is compared by its day in
// Vietnam (UTC+7, no daylight saving).
function vietnamDay(at: Date): number {
  return startOfUtcDay(new Date(at.getTime() + 7 * 3600_000));
}

/** The day in Vietnam an instant falls on, as position dates are stored (UTC midnight). */
export function positionDayOf(at: Date): Date {
  return new Date(vietnamDay(at));
}

function startOfUtcDay(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}
