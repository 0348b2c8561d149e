import type { Metadata } from "next";
import Link from "next/link";
import { ArticleTable } from "@/components/admin-articles/ArticleTable";
import { editorOptions, listArticleAuthors, listArticlesForAdmin, listFiltersSchema } from "@/lib/articles/admin-queries";
import { STATUS_LABELS } from "@/lib/articles/workflow";
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
  const authors = await listArticleAuthors(user);
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
        <FilterSelect label="Trạng thái" name="status" value={filters.status} options={Object.entries(STATUS_LABELS)} />
        <FilterSelect label="Chuyên mục" name="categoryId" value={filters.categoryId} options={categories.map((c) => [c.id, c.label])} />
        {seeAll ? <FilterSelect label="Tác giả" name="authorId" value={filters.authorId} options={authors.map((a) => [a.id, a.displayName])} /> : null}
        <button type="submit" className="button">
          Lọc
        </button>
      </form>
      <ArticleTable rows={rows} caption={`${total} bài viết${seeAll ? "" : " của bạn"}`} />
      <nav aria-label="Phân trang" className={styles.pager}>
        {filters.page > 1 ? (
          <Link prefetch={false} href={pageHref(filters.page - 1)}>
            ← Trang trước
          </Link>
        ) : null}
        <span>
          Trang {filters.page}/{pages}
        </span>
        {filters.page < pages ? (
          <Link prefetch={false} href={pageHref(filters.page + 1)}>
            Trang sau →
          </Link>
        ) : null}
      </nav>
    </>
  );
}

/** One filter of the list: "Tất cả" (no filter) or one of `options` ([value, label]). */
function FilterSelect({
  label,
  name,
  value,
  options,
}: {
  label: string;
  name: string;
  value: string | number | undefined;
  options: [string | number, string][];
}) {
  return (
    <label>
      {label}
      <select name={name} defaultValue={value ?? ""}>
        <option value="">Tất cả</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </label>
  );
}
