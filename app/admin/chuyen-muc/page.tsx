import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/admin/ActionForm";
import styles from "@/components/admin/Admin.module.css";
import { CategoryFields } from "@/components/admin/CategoryFields";
import { NoAccess } from "@/components/admin/NoAccess";
import { TableScroll } from "@/components/admin/TableScroll";
import { listCategoryTree, MAX_CATEGORY_DEPTH } from "@/lib/categories/admin";
import { categoryPath } from "@/lib/categories/breadcrumb";
import { can } from "@/lib/people/policy";
import { requireStaff } from "@/lib/people/session";
import { createCategoryAction, reorderCategoryAction } from "./actions";
import { REORDER_FAILED } from "./notices";

export const metadata: Metadata = { title: "Chuyên mục" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function CategoriesPage({ searchParams }: Props) {
  const user = await requireStaff("/admin/chuyen-muc");
  if (!can(user, "categories.manage")) return <NoAccess />;
  const [tree, params] = await Promise.all([listCategoryTree(), searchParams]);
  return (
    <section>
      <h1>Chuyên mục</h1>
      {params["da-luu"] ? (
        <p role="status" className={styles.success}>
          Đã lưu chuyên mục.
        </p>
      ) : null}
      {params["da-xoa"] ? (
        <p role="status" className={styles.success}>
          Đã xoá chuyên mục.
        </p>
      ) : null}
      {params[REORDER_FAILED] ? (
        <p role="alert" className="form-error">
          Không sắp xếp được: chuyên mục vừa bị người khác xoá hoặc thay đổi. Danh sách dưới đây là bản mới nhất.
        </p>
      ) : null}
      <TableScroll label="Danh sách chuyên mục">
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">Tên</th>
              <th scope="col">Đường dẫn</th>
              <th scope="col">Menu</th>
              <th scope="col">Bài viết</th>
              <th scope="col">Thao tác</th>
            </tr>
          </thead>
          <tbody>
            {tree.map((category) => (
              <tr key={category.id} data-testid={`category-${category.slug}`}>
                <td style={{ paddingLeft: `${category.depth - 0.5}rem` }}>
                  {category.depth > 1 ? "└ " : ""}
                  <Link href={`/admin/chuyen-muc/${category.id}`}>{category.name}</Link>
                </td>
                <td>
                  <code>{categoryPath(category)}</code>
                </td>
                <td>{category.showInMenu ? "Hiện" : "Ẩn"}</td>
                <td>{category._count.articles}</td>
                <td>
                  <form action={reorderCategoryAction} className={styles.reorder}>
                    <input type="hidden" name="id" value={category.id} />
                    <button className="button" name="direction" value="up" disabled={category.isFirst} aria-label={`Đưa "${category.name}" lên`}>
                      ↑
                    </button>
                    <button className="button" name="direction" value="down" disabled={category.isLast} aria-label={`Đưa "${category.name}" xuống`}>
                      ↓
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <div className={styles.section}>
        <h2>Thêm chuyên mục</h2>
        <ActionForm action={createCategoryAction} submitLabel="Thêm chuyên mục" resetOnSuccess>
          <CategoryFields parents={tree.filter((c) => c.depth < MAX_CATEGORY_DEPTH)} />
        </ActionForm>
      </div>
    </section>
  );
}
