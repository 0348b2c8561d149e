import { cachedSettings } from "@/lib/site/reader-data";
import styles from "./SiteFooter.module.css";

export async function SiteFooter() {
  const settings = await cachedSettings();
  return (
    <footer className="site-footer" data-print="hide">
      <p className="footer-name">{settings.siteName}</p>
      <p>{settings.agency}</p>
      <p>Địa chỉ: {settings.address}</p>
      <p>
        Điện thoại: {settings.phone} · Email: {settings.email}
      </p>
      <p>{settings.responsiblePerson}</p>
      <p>{settings.licence}</p>
      <ul className={styles.links}>
        <li>
          <a href="/lanh-dao">Lãnh đạo tỉnh</a>
        </li>
        <li>
          <a href="/van-ban">Văn bản</a>
        </li>
        <li>
          <a href="/lich-cong-tac">Lịch công tác</a>
        </li>
        <li>
          <a href="/hoi-dap">Hỏi đáp</a>
        </li>
        <li>
          <a href="/lay-y-kien">Lấy ý kiến dự thảo</a>
        </li>
        <li>
          <a href="/tim-kiem">Tìm kiếm</a>
        </li>
        <li>
          <a href="/rss.xml">RSS</a>
        </li>
        <li>
          <a href="/sitemap.xml">Sơ đồ trang</a>
        </li>
      </ul>
    </footer>
  );
}
