import type { Metadata } from "next";
import Link from "next/link";
import { SignInForm } from "@/components/auth/SignInForm";
import { safeReturnPath } from "@/lib/http/return-path";
import { getSiteSettings } from "@/lib/settings";

export const metadata: Metadata = { title: "Đăng nhập", robots: { index: false } };

type Props = { searchParams: Promise<{ callbackUrl?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const [{ callbackUrl }, settings] = await Promise.all([searchParams, getSiteSettings()]);
  return (
    <main id="noi-dung" className="auth-page">
      <div className="auth-card">
        <Link href="/" className="auth-brand">
          {settings.siteName}
        </Link>
        <h1>Đăng nhập hệ thống</h1>
        <SignInForm callbackUrl={safeReturnPath(callbackUrl)} />
      </div>
    </main>
  );
}
