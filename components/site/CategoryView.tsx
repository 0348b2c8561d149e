import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ArticleTeaserList } from "@/components/article/ArticleTeaserList";
import { Breadcrumb } from "@/components/article/Breadcrumb";
import { Pagination } from "@/components/site/Pagination";
import { cachedCategories, cachedCategoryPage } from "@/lib/site/reader-data";
import { categoryPageHref, categoryPath } from "@/lib/categories/breadcrumb";
import { ancestry, childrenOf, descendantIds } from "@/lib/categories/tree";
import { siteAlternates, siteOpenGraph } from "@/lib/site/metadata";
import styles from "./CategoryView.module.css";

// Once per request: generateMetadata and the page share it.
const load = cache(async (slug: string, page: number) => {
  const categories = await cachedCategories();
  const category = categories.find((c) => c.slug === slug);
  if (!category || !Number.isInteger(page) || page < 1) return null;
  const listing = await cachedCategoryPage(category.id, descendantIds(categories, category.id), page);
  if (!listing) return null;
  return { category, categories, listing };
});

export async function categoryMetadata(slug: string, page: number): Promise<Metadata> {
  const data = await load(slug, page);
  if (!data) return {};
  const { category } = data;
  const title = (category.seoTitle ?? category.name) + (page > 1 ? ` - Trang ${page}` : "");
  const canonical = categoryPageHref(category.slug, page);
  return {
    title,
    description: category.seoDescription ?? (category.description || `Tin tức chuyên mục ${category.name}`),
    alternates: siteAlternates(canonical, [{ url: `${categoryPath(category)}/rss.xml`, title: category.name }]),
    openGraph: siteOpenGraph({ title, url: canonical }),
  };
}

export async function CategoryView({ slug, page }: { slug: string; page: number }) {
  const data = await load(slug, page);
  if (!data) notFound();
  const { category, categories, listing } = data;
  const trail = ancestry(categories, category)
    .slice(0, -1)
    .map((c) => ({ name: c.name, href: categoryPath(c) }));
  const children = childrenOf(categories, category.id);
  return (
    <div className={styles.category}>
      <Breadcrumb items={trail} />
      <div className={styles.heading}>
        <h1 className={styles.title}>{category.name}</h1>
        <a href={`${categoryPath(category)}/rss.xml`} className={styles.rss}>
          RSS<span className="visually-hidden"> chuyên mục {category.name}</span>
        </a>
      </div>
      {category.description ? <p className={styles.description}>{category.description}</p> : null}
      {children.length ? (
        <nav aria-label="Chuyên mục con" className={styles.children}>
          <ul>
            {children.map((child) => (
              <li key={child.id}>
                <a href={categoryPath(child)}>{child.name}</a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {listing.articles.length ? <ArticleTeaserList articles={listing.articles} withSapo withImage headingLevel={2} /> : <p>Chuyên mục chưa có bài viết.</p>}
      <Pagination page={listing.page} pageCount={listing.pageCount} hrefFor={(p) => categoryPageHref(category.slug, p)} />
    </div>
  );
}
