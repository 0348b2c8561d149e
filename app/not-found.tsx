import Link from "next/link";
import { DEFAULT_SITE_SETTINGS } from "@/lib/settings";

// Addresses that match no route at all. This page is prerendered by `next build`, which has no
// database: it shows the masthead from the default settings; pages inside the site that answer 404
// (an unknown article or category) use app/(site)/not-found.tsx with the full header and menu.
export default function NotFound() {
  return (
    <>
      <header className="site-header">
        <div className="masthead">
          <Link href="/" className="brand">
            <span className="brand-tagline">{DEFAULT_SITE_SETTINGS.tagline}</span>
            <span className="brand-name">{DEFAULT_SITE_SETTINGS.siteName}</span>
          </Link>
        </div>
      </header>
      <main id="noi-dung" className="site-main not-found">
        <h1>Không tìm thấy trang</h1>
        <p>Trang bạn tìm không tồn tại, đã bị gỡ hoặc chưa được xuất bản.</p>
        <form action="/tim-kiem" method="get" role="search" aria-label="Tìm bài viết">
          <label htmlFor="tim-404">Thử tìm bài viết: </label>
          <input id="tim-404" name="q" type="search" />
          <button type="submit">Tìm</button>
        </form>
        <p>
          <Link href="/">Về trang chủ</Link>
        </p>
      </main>
    </>
  );
}
