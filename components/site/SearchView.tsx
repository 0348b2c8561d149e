import { ArticleTeaserList } from "@/components/article/ArticleTeaserList";
import { Pagination } from "@/components/site/Pagination";
import { cachedCategories } from "@/lib/site/reader-data";
import { treeOrder } from "@/lib/categories/tree";
import { highlight, parseSearchParams, SEARCH_COUNT_LIMIT, searchArticles, type Highlighted } from "@/lib/search";
import styles from "./SearchView.module.css";

function Marked({ runs }: { runs: Highlighted }) {
  return runs.map((run, i) => (run.match ? <mark key={i}>{run.text}</mark> : run.text));
}

export async function SearchView({ params }: { params: Record<string, string | string[] | undefined> }) {
  const categories = await cachedCategories();
  const parsed = parseSearchParams(params, categories);
  const result = parsed.q ? await searchArticles(parsed.input) : null;
  const hrefFor = (page: number) => {
    const query = new URLSearchParams();
    query.set("q", parsed.q);
    if (parsed.category) query.set("chuyen-muc", parsed.category);
    if (parsed.fromText) query.set("tu-ngay", parsed.fromText);
    if (parsed.toText) query.set("den-ngay", parsed.toText);
    if (page > 1) query.set("trang", String(page));
    return `/tim-kiem?${query}`;
  };

  return (
    <div>
      <h1 className={styles.title}>Tìm kiếm</h1>
      <form action="/tim-kiem" method="get" className={styles.form} role="search" aria-label="Tìm kiếm bài viết">
        <div className={styles.field}>
          <label htmlFor="tu-khoa">Từ khóa</label>
          <input id="tu-khoa" name="q" type="search" defaultValue={parsed.q} required maxLength={200} />
        </div>
        <div className={styles.field}>
          <label htmlFor="loc-chuyen-muc">Chuyên mục</label>
          <select id="loc-chuyen-muc" name="chuyen-muc" defaultValue={parsed.category}>
            <option value="">Tất cả chuyên mục</option>
            {treeOrder(categories).map((c) => (
              <option key={c.id} value={c.slug}>
                {"— ".repeat(c.depth - 1)}
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.field}>
          <label htmlFor="tu-ngay">Từ ngày</label>
          <input id="tu-ngay" name="tu-ngay" type="date" defaultValue={parsed.fromText} />
        </div>
        <div className={styles.field}>
          <label htmlFor="den-ngay">Đến ngày</label>
          <input id="den-ngay" name="den-ngay" type="date" defaultValue={parsed.toText} />
        </div>
        <button type="submit" className={styles.submit}>
          Tìm kiếm
        </button>
      </form>
      {parsed.ignoredDays.map((day) => (
        <p key={day} className={styles.note}>
          Ngày “{day}” không hợp lệ nên không được dùng để lọc.
        </p>
      ))}
      {parsed.needsWords ? <p className={styles.note}>Nhập từ khóa để tìm kiếm; chuyên mục và ngày chỉ lọc thêm kết quả.</p> : null}
      {result ? (
        <section aria-labelledby="ket-qua">
          <h2 id="ket-qua" className="section-title">
            {result.total === 0
              ? `Không tìm thấy kết quả cho “${parsed.q}”`
              : result.total > SEARCH_COUNT_LIMIT
                ? `Hơn ${SEARCH_COUNT_LIMIT.toLocaleString("vi-VN")} kết quả cho “${parsed.q}”`
                : `${result.total.toLocaleString("vi-VN")} kết quả cho “${parsed.q}”`}
          </h2>
          {result.total > 0 && result.articles.length === 0 ? (
            <p>
              Trang {result.page} không còn kết quả. <a href={hrefFor(1)}>Xem trang kết quả đầu tiên</a>
            </p>
          ) : null}
          <ArticleTeaserList
            articles={result.articles}
            withSapo
            withImage
            renderTitle={(a) => <Marked runs={highlight(a.title, parsed.q)} />}
            renderSapo={(a) => <Marked runs={highlight(a.sapo, parsed.q)} />}
          />
          {result.articles.length ? <Pagination page={result.page} pageCount={result.pageCount} hrefFor={hrefFor} /> : null}
        </section>
      ) : null}
    </div>
  );
}
