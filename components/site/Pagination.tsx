import styles from "./Pagination.module.css";

/** Numbered pagination: first, last, and two pages either side of the current one. */
export function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  if (pageCount <= 1) return null;
  const pages = pageNumbers(page, pageCount);
  return (
    <nav aria-label="Phân trang" className={styles.pagination}>
      <ul>
        {page > 1 ? (
          <li>
            <a href={hrefFor(page - 1)} rel="prev">
              ‹ Trang trước
            </a>
          </li>
        ) : null}
        {pages.map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={p}>
              {p === page ? (
                <span aria-current="page" className={styles.current}>
                  {p}
                </span>
              ) : (
                <a href={hrefFor(p)} aria-label={`Trang ${p}`}>
                  {p}
                </a>
              )}
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <a href={hrefFor(page + 1)} rel="next">
              Trang sau ›
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

export function pageNumbers(page: number, pageCount: number): (number | null)[] {
  const wanted = new Set([1, pageCount, page - 2, page - 1, page, page + 1, page + 2].filter((p) => p >= 1 && p <= pageCount));
  const sorted = [...wanted].sort((a, b) => a - b);
  const result: (number | null)[] = [];
  for (const p of sorted) {
    const last = result.at(-1);
    if (typeof last === "number" && p - last > 1) result.push(null);
    result.push(p);
  }
  return result;
}
