"use client";

import Link from "next/link";

export default function SiteError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="not-found" role="alert">
      <h1>Đã có lỗi xảy ra</h1>
      <p>Trang chưa hiển thị được. Bạn vui lòng thử lại sau giây lát.</p>
      <p>
        <button type="button" onClick={reset}>
          Thử lại
        </button>{" "}
        <Link href="/">Về trang chủ</Link>
      </p>
    </div>
  );
}
