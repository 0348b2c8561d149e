import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignOutButton } from "@/components/auth/SignOutButton";
import { PasswordForm } from "@/components/admin/PasswordForm";
import { getSessionUser } from "@/lib/people/session";

export const metadata: Metadata = { title: "Đổi mật khẩu", robots: { index: false } };

/** Where a user whose password an admin reset is held until they choose a new one (lib/people/session.ts). */
export default async function ForcedPasswordChangePage() {
  const user = await getSessionUser();
  if (!user) redirect("/dang-nhap");
  if (!user.mustChangePassword) redirect("/admin/ho-so");
  return (
    <main id="noi-dung" className="auth-page">
      <div className="auth-card">
        <h1>Đổi mật khẩu</h1>
        <p>Mật khẩu của bạn vừa được quản trị viên đặt lại. Hãy chọn mật khẩu mới trước khi tiếp tục.</p>
        <PasswordForm />
        <SignOutButton />
      </div>
    </main>
  );
}
