import type { Metadata } from "next";
import { ActionForm } from "@/components/admin/ActionForm";
import styles from "@/components/admin/Admin.module.css";
import { Checkbox, SelectField, TextField } from "@/components/admin/Field";
import { NoAccess } from "@/components/admin/NoAccess";
import { can } from "@/lib/people/policy";
import { ROLE_LABELS } from "@/lib/people/roles";
import { requireStaff } from "@/lib/people/session";
import { listStaff } from "@/lib/people/staff";
import { createStaffAction, resetPasswordAction, updateStaffAction } from "./actions";

export const metadata: Metadata = { title: "Tài khoản" };

const ROLE_OPTIONS = (["REPORTER", "EDITOR", "ADMIN"] as const).map((role) => ({ value: role, label: ROLE_LABELS[role] }));

export default async function StaffPage() {
  const user = await requireStaff("/admin/nhan-su");
  if (!can(user, "staff.manage")) return <NoAccess />;
  const staff = await listStaff();
  return (
    <section>
      <h1>Tài khoản nhân sự</h1>
      <div className={styles.section}>
        <h2>Tạo tài khoản</h2>
        <ActionForm action={createStaffAction} submitLabel="Tạo tài khoản" testId="create-staff" resetOnSuccess>
          <TextField label="Email" name="email" type="email" required />
          <TextField label="Họ tên" name="displayName" required maxLength={120} />
          <SelectField label="Vai trò" name="role" options={ROLE_OPTIONS} defaultValue="REPORTER" />
        </ActionForm>
      </div>
      <h2>Danh sách tài khoản</h2>
      {staff.map((member) => (
        <article key={member.id} className={styles.section} data-testid={`staff-${member.email}`} aria-labelledby={`staff-${member.id}`}>
          <h3 id={`staff-${member.id}`}>
            {member.displayName} <span className={styles.muted}>({member.email})</span>
          </h3>
          <p className={styles.muted}>
            {ROLE_LABELS[member.role]} · {member.active ? "Đang hoạt động" : "Đã khoá"}
            {member.mustChangePassword ? " · Chờ đổi mật khẩu" : ""}
          </p>
          {member.id === user.id ? (
            <p className={styles.muted}>Đây là tài khoản của bạn: đổi mật khẩu và hồ sơ ở mục “Hồ sơ của tôi”.</p>
          ) : (
            <div className={styles.grid}>
              <ActionForm action={updateStaffAction} submitLabel="Lưu vai trò và trạng thái">
                <input type="hidden" name="id" value={member.id} />
                <input type="hidden" name="expectedRole" value={member.role} />
                <input type="hidden" name="expectedActive" value={member.active ? "on" : ""} />
                <SelectField label="Vai trò" name="role" options={ROLE_OPTIONS} defaultValue={member.role} />
                <Checkbox label="Đang hoạt động" name="active" defaultChecked={member.active} />
              </ActionForm>
              <ActionForm action={resetPasswordAction} submitLabel="Đặt lại mật khẩu" confirm={`Đặt lại mật khẩu của ${member.email}?`}>
                <input type="hidden" name="id" value={member.id} />
              </ActionForm>
            </div>
          )}
        </article>
      ))}
    </section>
  );
}
