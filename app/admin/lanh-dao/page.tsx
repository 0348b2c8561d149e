import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/admin/ActionForm";
import styles from "@/components/admin/Admin.module.css";
import { TextField } from "@/components/admin/Field";
import { NoAccess } from "@/components/admin/NoAccess";
import { listOfficialsForAdmin } from "@/lib/officials/admin";
import { can } from "@/lib/people/policy";
import { requireStaff } from "@/lib/people/session";
import { deleteGroupAction, saveGroupAction } from "./actions";

export const metadata: Metadata = { title: "Lãnh đạo" };

export default async function OfficialsAdminPage() {
  const user = await requireStaff("/admin/lanh-dao");
  if (!can(user, "officials.manage")) return <NoAccess />;
  const { groups, officials } = await listOfficialsForAdmin();
  const sections = [...groups.map((g) => ({ id: g.id as number | null, name: g.name })), { id: null, name: "Chưa xếp nhóm" }];
  return (
    <section>
      <h1>Lãnh đạo</h1>
      <p>
        <Link href="/admin/lanh-dao/moi" className="button primary">
          Thêm lãnh đạo
        </Link>
      </p>
      {sections.map((section) => {
        const members = officials.filter((o) => o.groupId === section.id);
        if (section.id === null && members.length === 0) return null;
        return (
          <div key={section.id ?? "none"} className={styles.section}>
            <h2>{section.name}</h2>
            {members.length ? (
              <ol>
                {members.map((official) => (
                  <li key={official.id}>
                    <Link href={`/admin/lanh-dao/${official.id}`}>{official.fullName}</Link>{" "}
                    <span className={styles.muted}>
                      (thứ tự {official.position}, {official._count.positions} chức vụ)
                    </span>
                  </li>
                ))}
              </ol>
            ) : (
              <p className={styles.muted}>Chưa có ai trong nhóm.</p>
            )}
          </div>
        );
      })}
      <div className={styles.section}>
        <h2>Nhóm hiển thị trên trang Lãnh đạo</h2>
        {groups.map((group) => (
          <div key={group.id} className={styles.grid}>
            <ActionForm action={saveGroupAction} submitLabel="Lưu nhóm">
              <input type="hidden" name="id" value={group.id} />
              <input type="hidden" name="expectedUpdatedAt" value={group.updatedAt.toISOString()} />
              <TextField label="Tên nhóm" name="name" defaultValue={group.name} />
              <TextField label="Thứ tự" name="position" type="number" defaultValue={group.position} />
            </ActionForm>
            <ActionForm action={deleteGroupAction} submitLabel="Xoá nhóm" confirm={`Xoá nhóm "${group.name}"?`}>
              <input type="hidden" name="id" value={group.id} />
            </ActionForm>
          </div>
        ))}
        <h3>Thêm nhóm</h3>
        <ActionForm action={saveGroupAction} submitLabel="Thêm nhóm" resetOnSuccess testId="new-group">
          <TextField label="Tên nhóm" name="name" />
          <TextField label="Thứ tự" name="position" type="number" defaultValue={groups.length} />
        </ActionForm>
      </div>
    </section>
  );
}
