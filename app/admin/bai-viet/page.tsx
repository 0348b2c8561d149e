import type { Metadata } from "next";
import Link from "next/link";
import { ArticleTable } from "@/components/admin-articles/ArticleTable";
import { editorOptions, listArticlesForAdmin, listFiltersSchema } from "@/lib/articles/admin-queries";
import { STATUS_LABELS } from "@/lib/articles/workflow";
import { db } from "@/lib/db";
import { can } from "@/lib/people/policy";
import { requireStaff } from "@/lib/people/session";
import styles from "@/components/admin-articles/AdminArticles.module.css";

export const metadata: Metadata = { title: "Bài viết" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function ArticleListPage({ searchParams }: Props) {
  const user = await requireStaff("/admin/bai-viet");
  const query = await searchParams;
  const filters = listFiltersSchema.parse(query);
  const [{ rows, total, pages }, { categories }] = await Promise.all([listArticlesForAdmin(user, filters), editorOptions()]);
  const seeAll = can(user, "article.viewAll");
  const authors = seeAll ? await db.user.findMany({ where: { articles: { some: {} } }, orderBy: { displayName: "asc" }, select: { id: true, displayName: true } }) : [];
  const pageHref = (page: number) => {
    const params = new URLSearchParams(Object.entries({ ...query, page: String(page) }).filter((e): e is [string, string] => Boolean(e[1])));
    return `/admin/bai-viet?${params}`;
  };

  return (
    <>
      <h1>Bài viết</h1>
      <p>
        <Link prefetch={false} href="/admin/bai-viet/moi" className="button primary">
          Viết bài mới
        </Link>
      </p>
      <form method="get" className={styles.filters} role="search" aria-label="Lọc bài viết">
        <label>
          Tìm theo tiêu đề, sapo
          <input type="search" name="q" defaultValue={filters.q} />
        </label>
        <label>
          Trạng thái
          <select name="status" defaultValue={filters.status ?? ""}>
            <option value="">Tất cả</option>
            {Object.entries(STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Chuyên mục
          <select name="categoryId" defaultValue={filters.categoryId ?? ""}>
            <option value="">Tất cả</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        {seeAll ? (
          <label>
            Tác giả
            <select name="authorId" defaultValue={filters.authorId ?? ""}>
              <option value="">Tất cả</option>
              {authors.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.displayName}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <button type="submit" className="button">
          Lọc
        </button>
      </form>
      <ArticleTable rows={rows} caption={`${total} bài viết${seeAll ? "" : " của bạn"}`} />
      <nav aria-label="Phân trang" className={styles.pager}>
        {filters.page > 1 ? <Link prefetch={false} href={pageHref(filters.page - 1)}>← Trang trước</Link> : null}
        <span>
          Trang {filters.page}/{pages}
        </span>
        {filters.page < pages ? <Link prefetch={false} href={pageHref(filters.page + 1)}>Trang sau →</Link> : null}
      </nav>
    </>
  );
}
