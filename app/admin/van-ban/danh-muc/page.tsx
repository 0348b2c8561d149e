import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/admin/ActionForm";
import styles from "@/components/admin/Admin.module.css";
import { TextField } from "@/components/admin/Field";
import { NoAccess } from "@/components/admin/NoAccess";
import { listDocumentLists, type DocumentList } from "@/lib/documents/lists";
import { can } from "@/lib/people/policy";
import { requireStaff } from "@/lib/people/session";
import { saveListItemAction } from "../actions";

export const metadata: Metadata = { title: "Loại văn bản, cơ quan ban hành" };

export default async function DocumentListsPage() {
  const user = await requireStaff("/admin/van-ban/danh-muc");
  if (!can(user, "documents.lists")) return <NoAccess />;
  const { types, bodies } = await listDocumentLists();
  return (
    <section>
      <p>
        <Link href="/admin/van-ban">← Danh sách văn bản</Link>
      </p>
      <h1>Loại văn bản, cơ quan ban hành</h1>
      <ListEditor list="type" title="Loại văn bản" items={types} />
      <ListEditor list="body" title="Cơ quan ban hành" items={bodies} />
    </section>
  );
}

function ListEditor({
  list,
  title,
  items,
}: {
  list: DocumentList;
  title: string;
  items: { id: number; name: string; position: number; _count: { documents: number } }[];
}) {
  return (
    <div className={styles.section}>
      <h2>{title}</h2>
      {items.map((item) => (
        <ActionForm key={item.id} action={saveListItemAction} submitLabel="Lưu" className={styles.inline}>
          <input type="hidden" name="list" value={list} />
          <input type="hidden" name="id" value={item.id} />
          <TextField label="Tên" name="name" defaultValue={item.name} hint={`${item._count.documents} văn bản`} />
          <TextField label="Thứ tự" name="position" type="number" defaultValue={item.position} />
        </ActionForm>
      ))}
      <h3>Thêm {title.toLowerCase()}</h3>
      <ActionForm action={saveListItemAction} submitLabel="Thêm" resetOnSuccess testId={`new-${list}`}>
        <input type="hidden" name="list" value={list} />
        <TextField label="Tên" name="name" />
        <TextField label="Thứ tự" name="position" type="number" defaultValue={items.length} />
      </ActionForm>
    </div>
  );
}
