import Link from "next/link";

export default function NotFound() {
  return (
    <main id="noi-dung" className="site-main not-found">
      <h1>Không tìm thấy trang</h1>
      <p>Trang bạn tìm không tồn tại, đã bị gỡ hoặc chưa được xuất bản.</p>
      <p>
        <Link href="/">Về trang chủ</Link>
      </p>
    </main>
  );
}
