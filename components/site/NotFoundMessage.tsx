import searchStyles from "./SearchView.module.css";

/** The body of every 404 page: what happened, a search box (its button as on the search page), and the way home. */
export function NotFoundMessage() {
  return (
    <>
      <h1>Không tìm thấy trang</h1>
      <p>Trang bạn tìm không tồn tại, đã bị gỡ hoặc chưa được xuất bản.</p>
      <form action="/tim-kiem" method="get" role="search" aria-label="Tìm bài viết" className="not-found-search">
        <label htmlFor="tim-404">Thử tìm bài viết:</label>
        <input id="tim-404" name="q" type="search" />
        <button type="submit" className={searchStyles.submit}>
          Tìm
        </button>
      </form>
      <p>
        <a href="/" className="not-found-home">
          Về trang chủ
        </a>
      </p>
    </>
  );
}
