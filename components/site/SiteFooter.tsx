import { SITE_NAME } from "@/lib/site";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p className="footer-name">{SITE_NAME}</p>
      <p>Cơ quan chủ quản: Ban Thường vụ Tỉnh ủy Nghệ An</p>
      <p>Địa chỉ: Số 3 đường Trường Thi, thành phố Vinh, tỉnh Nghệ An</p>
    </footer>
  );
}
