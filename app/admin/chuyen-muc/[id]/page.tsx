import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/admin/ActionForm";
import styles from "@/components/admin/Admin.module.css";
import { CategoryFields } from "@/components/admin/CategoryFields";
import { SelectField } from "@/components/admin/Field";
import { NoAccess } from "@/components/admin/NoAccess";
import { listCategoryTree, MAX_CATEGORY_DEPTH } from "@/lib/categories/admin";
import { descendantIds } from "@/lib/categories/tree";
import { can } from "@/lib/people/policy";
import { requireStaff } from "@/lib/people/session";
import { deleteCategoryAction, moveCategoryContentsAction, updateCategoryAction } from "../actions";

export const metadata: Metadata = { title: "Sửa chuyên mục" };

export default async function EditCategoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireStaff(`/admin/chuyen-muc/${id}`);
  if (!can(user, "categories.manage")) return <NoAccess />;
  const tree = await listCategoryTree();
  const category = tree.find((c) => c.id === Number(id));
  if (!category) notFound();
  const others = tree.filter((c) => c.id !== category.id);
  // Contents can only go to a category outside this one (moveCategoryContents refuses its sub-categories).
  const inside = new Set(descendantIds(tree, category.id));
  const moveTargets = tree.filter((c) => !inside.has(c.id));
  return (
    <section>
      <p>
        <Link href="/admin/chuyen-muc">← Danh sách chuyên mục</Link>
      </p>
      <h1>Sửa chuyên mục: {category.name}</h1>
      <ActionForm action={updateCategoryAction} submitLabel="Lưu chuyên mục">
        <input type="hidden" name="id" value={category.id} />
        <input type="hidden" name="expectedUpdatedAt" value={category.updatedAt.toISOString()} />
        <CategoryFields values={category} parents={others.filter((c) => c.depth < MAX_CATEGORY_DEPTH)} />
      </ActionForm>

      <div className={styles.section}>
        <h2>Xoá chuyên mục</h2>
        <p>
          Chuyên mục đang có {category._count.articles} bài viết và {category._count.children} chuyên mục con. Chỉ xoá được chuyên mục trống.
        </p>
        {category._count.articles || category._count.children ? (
          <ActionForm action={moveCategoryContentsAction} submitLabel="Chuyển bài viết và chuyên mục con">
            <input type="hidden" name="fromId" value={category.id} />
            <SelectField
              label="Chuyển sang chuyên mục"
              name="toId"
              options={moveTargets.map((c) => ({ value: String(c.id), label: `${"— ".repeat(c.depth - 1)}${c.name}` }))}
            />
          </ActionForm>
        ) : null}
        <ActionForm action={deleteCategoryAction} submitLabel="Xoá chuyên mục" confirm={`Xoá chuyên mục "${category.name}"?`}>
          <input type="hidden" name="id" value={category.id} />
        </ActionForm>
      </div>
    </section>
  );
}
