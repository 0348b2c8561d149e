import { ArticleTeaserList } from "@/components/article/ArticleTeaserList";
import { listLatest } from "@/lib/articles/queries";

// Rendered per request until the reader-site caching lands; never prerendered at build (no database then).
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const latest = await listLatest(20);
  return (
    <section aria-labelledby="tin-moi" className="home-latest">
      <h1 id="tin-moi" className="section-title">
        Tin mới nhất
      </h1>
      {latest.length ? <ArticleTeaserList articles={latest} withSapo /> : <p>Chưa có bài viết nào được xuất bản.</p>}
    </section>
  );
}
