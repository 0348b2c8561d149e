import type { Metadata } from "next";
import { ResponsiveImage } from "@/components/media/ResponsiveImage";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ArticleTeaserList } from "@/components/article/ArticleTeaserList";
import { Breadcrumb } from "@/components/article/Breadcrumb";
import { Pagination } from "@/components/site/Pagination";
import { authorPageHref } from "@/lib/authors/paths";
import { cachedAuthor, cachedAuthorId, cachedAuthorPage } from "@/lib/site/reader-data";
import { isExternalImage } from "@/lib/media/urls";
import { siteAlternates, siteOpenGraph } from "@/lib/site/metadata";
import styles from "./Officials.module.css";

// Once per request: generateMetadata and the page share it.
const load = cache(async (slug: string, page: number) => {
  const id = await cachedAuthorId(slug);
  const author = id === null ? null : await cachedAuthor(slug, id);
  const listing = author && (await cachedAuthorPage(author.id, page));
  return author && listing ? { author, listing } : null;
});

export async function authorMetadata(slug: string, page: number): Promise<Metadata> {
  const data = await load(slug, page);
  if (!data) return {};
  const { author, listing } = data;
  const title = `Tác giả ${author.displayName}` + (page > 1 ? ` - Trang ${page}` : "");
  const description = author.bio || `Các bài viết của ${author.displayName}`;
  const canonical = authorPageHref(author.slug, page);
  return {
    title,
    description,
    alternates: siteAlternates(canonical),
    // A profile without a published article has nothing for a search engine (nor is it in the sitemap).
    ...(listing.total === 0 ? { robots: { index: false, follow: true } } : {}),
    openGraph: siteOpenGraph({ type: "profile", url: canonical, title, description, ...(author.avatar ? { images: [author.avatar] } : {}) }),
  };
}

export async function AuthorView({ slug, page }: { slug: string; page: number }) {
  const data = await load(slug, page);
  if (!data) notFound();
  const { author, listing } = data;
  return (
    <div>
      <Breadcrumb items={[]} />
      <div className={styles.profile}>
        <div>
          {author.avatar ? (
            <ResponsiveImage
              src={author.avatar}
              alt={`Ảnh ${author.displayName}`}
              width={200}
              height={200}
              className={styles.bigPortrait}
              unoptimized={isExternalImage(author.avatar)}
            />
          ) : null}
        </div>
        <div>
          <h1 className={styles.title}>{author.displayName}</h1>
          {author.bio ? <p className={styles.biography}>{author.bio}</p> : null}
          <section aria-labelledby="bai-viet">
            <h2 id="bai-viet" className="section-title">
              Bài viết
            </h2>
            {listing.articles.length ? <ArticleTeaserList articles={listing.articles} withSapo /> : <p>Tác giả chưa có bài viết nào được xuất bản.</p>}
            <Pagination page={listing.page} pageCount={listing.pageCount} hrefFor={(p) => authorPageHref(author.slug, p)} />
          </section>
        </div>
      </div>
    </div>
  );
}
