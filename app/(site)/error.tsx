"use client";

export default function SiteError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="not-found" role="alert">
      <h1>Đã có lỗi xảy ra</h1>
      <p>Trang chưa hiển thị được. Bạn vui lòng thử lại sau giây lát.</p>
      <p>
        <button type="button" onClick={reset}>
          Thử lại
        </button>{" "}
        <a href="/">Về trang chủ</a>
      </p>
    </div>
  );
}
