import styles from "@/components/site/Officials.module.css";
import { positionsOn, type PositionSpan } from "@/lib/officials/titles";
import { formatDate } from "@/lib/text/date";

/** An official's positions, newest first, those held on `now` marked; a sentence when there are none. */
export function OfficialPositions({ positions, now }: { positions: PositionSpan[]; now: Date }) {
  if (!positions.length) return <p>Chưa có thông tin chức vụ.</p>;
  const heldNow = new Set(positionsOn(positions, now));
  return (
    <ul className={styles.positions}>
      {positions.map((p, i) => (
        <li key={i} className={heldNow.has(p) ? styles.current : undefined}>
          {p.title} — {p.organisation}
          <span className="meta">
            {p.endDate
              ? `${formatDate(p.startDate)} – ${formatDate(p.endDate)}`
              : heldNow.has(p)
                ? `${formatDate(p.startDate)} – nay`
                : `từ ${formatDate(p.startDate)}`}
          </span>
        </li>
      ))}
    </ul>
  );
}
