import { ResponsiveImage } from "@/components/media/ResponsiveImage";
import { ArticleTeaserList } from "@/components/article/ArticleTeaserList";
import { Banners } from "@/components/site/Banners";
import { articlePath } from "@/lib/articles/paths";
import { cachedBanners, cachedCategories, cachedCategoryBlock, cachedHomeFeatured, cachedLatest, cachedMostRead } from "@/lib/site/reader-data";
import { categoryPath } from "@/lib/categories/breadcrumb";
import { homeBlockCategories } from "@/lib/categories/queries";
import { descendantIds } from "@/lib/categories/tree";
import type { BannerSlot } from "@/lib/home/slots";
import { ARTICLE_IMAGE_SIZES, mediaSrc } from "@/lib/media/urls";
import { formatDateTime } from "@/lib/text/date";
import styles from "./HomeView.module.css";

const BLOCK_SIZE = 5;
const MOST_READ_SIZE = 5;
/** Banners across the page's width (under the featured news, between the category blocks). */
const WIDE_BANNER_SIZES = "(min-width: 1200px) 1200px, 100vw";

export async function HomeView() {
  const [{ lead, featured }, categories, banners, mostRead] = await Promise.all([
    cachedHomeFeatured(),
    cachedCategories(),
    cachedBanners(),
    cachedMostRead(MOST_READ_SIZE),
  ]);
  const chosen = [...(lead ? [lead.id] : []), ...featured.map((article) => article.id)];
  const latest = await cachedLatest(10, chosen);
  // A category block shows its newest articles that are not already in the featured news or "Tin mới nhất".
  const shown = new Set([...chosen, ...latest.map((article) => article.id)]);
  const blocks = await Promise.all(
    homeBlockCategories(categories).map(async (category) => {
      const newest = await cachedCategoryBlock(category.id, descendantIds(categories, category.id), BLOCK_SIZE + shown.size);
      return { category, articles: newest.filter((article) => !shown.has(article.id)).slice(0, BLOCK_SIZE) };
    }),
  );

  // Each banner where its slot puts it (lib/home/slots.ts); a slot this page does not know goes to the side column.
  const inSlot = (slot: BannerSlot) => banners.filter((banner) => banner.slot === slot);
  const sideBanners = banners.filter((banner) => banner.slot !== "home-top" && banner.slot !== "home-middle");
  const shownBlocks = blocks.filter((block) => block.articles.length);
  const middle = Math.ceil(shownBlocks.length / 2);
  const blockView = ({ category, articles }: (typeof blocks)[number]) => (
    <section key={category.id} aria-labelledby={`khoi-${category.slug}`} className={styles.block}>
      <h2 id={`khoi-${category.slug}`} className="section-title">
        <a href={categoryPath(category)}>{category.name}</a>
      </h2>
      <ArticleTeaserList articles={articles} withImage={false} withSapo={false} />
    </section>
  );

  if (!lead) return <p>Chưa có bài viết nào được xuất bản.</p>;
  return (
    <div className={styles.home}>
      <h1 className="visually-hidden">Trang chủ</h1>
      <div className={styles.top}>
        <article className={styles.lead} aria-labelledby="tin-tieu-diem">
          {lead.featuredImage ? (
            <a href={articlePath(lead)} tabIndex={-1} aria-hidden="true" className={styles.leadImage}>
              <ResponsiveImage
                src={mediaSrc(lead.featuredImage, 1280)}
                alt=""
                width={lead.featuredImage.width}
                height={lead.featuredImage.height}
                sizes={ARTICLE_IMAGE_SIZES}
                preload
              />
            </a>
          ) : null}
          <h2 id="tin-tieu-diem" className={styles.leadTitle}>
            <a href={articlePath(lead)}>{lead.title}</a>
          </h2>
          {lead.publishedAt ? (
            <time className="meta" dateTime={lead.publishedAt.toISOString()}>
              {formatDateTime(lead.publishedAt)}
            </time>
          ) : null}
          {lead.sapo ? <p className={styles.leadSapo}>{lead.sapo}</p> : null}
          {featured.length ? (
            <section aria-labelledby="tin-noi-bat" className={styles.featured}>
              <h2 id="tin-noi-bat" className="visually-hidden">
                Tin nổi bật
              </h2>
              <ArticleTeaserList articles={featured} withImage stacked />
            </section>
          ) : null}
        </article>
        <section aria-labelledby="tin-moi" className={styles.latest}>
          <h2 id="tin-moi" className="section-title">
            Tin mới nhất
          </h2>
          <ArticleTeaserList articles={latest} />
        </section>
      </div>
      <Banners banners={inSlot("home-top")} label="Liên kết dưới tin nổi bật" sizes={WIDE_BANNER_SIZES} />
      <div className={styles.columns}>
        <div className={styles.blocks}>
          {shownBlocks.slice(0, middle).map(blockView)}
          <Banners banners={inSlot("home-middle")} label="Liên kết giữa trang" sizes={WIDE_BANNER_SIZES} className={styles.wide} />
          {shownBlocks.slice(middle).map(blockView)}
        </div>
        <div className={styles.side}>
          <Banners banners={sideBanners} label="Liên kết nổi bật" />
          {mostRead.length ? (
            <section aria-labelledby="doc-nhieu">
              <h2 id="doc-nhieu" className="section-title">
                Đọc nhiều
              </h2>
              <ArticleTeaserList articles={mostRead} ordered />
            </section>
          ) : null}
        </div>
      </div>
    </div>
  );
}
