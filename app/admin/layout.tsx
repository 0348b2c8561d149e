import type { Metadata } from "next";
import Link from "next/link";
import { SignOutButton } from "@/components/auth/SignOutButton";
import { AdminNav } from "@/components/admin/AdminNav";
import { ROLE_LABELS } from "@/lib/people/roles";
import { requireStaff } from "@/lib/people/session";

export const metadata: Metadata = { title: "Quản trị", robots: { index: false } };

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireStaff();
  return (
    <div className="admin">
      <header className="admin-header">
        <Link href="/admin" className="admin-brand">
          Toà soạn
        </Link>
        <div className="admin-user">
          <span data-testid="current-user">{user.displayName}</span>
          <span className="badge" data-testid="current-role">
            {ROLE_LABELS[user.role]}
          </span>
          <SignOutButton />
        </div>
      </header>
      <AdminNav actor={user} />
      <main id="noi-dung" className="admin-main">
        {children}
      </main>
    </div>
  );
}
