import styles from "./Admin.module.css";

/**
 * A staff table wider than a phone scrolls inside this frame instead of the whole page. The frame is
 * a named region that takes keyboard focus, so it can be scrolled with the arrow keys too.
 */
export function TableScroll({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className={styles.tableScroll} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
