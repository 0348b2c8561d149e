import { ROLE_LABELS } from "@/lib/people/roles";
import { requireStaff } from "@/lib/people/session";

export default async function AdminHome() {
  const user = await requireStaff();
  return (
    <section>
      <h1>Xin chào, {user.displayName}</h1>
      <p>
        Bạn đang đăng nhập với vai trò <strong>{ROLE_LABELS[user.role]}</strong> ({user.email}).
      </p>
    </section>
  );
}
