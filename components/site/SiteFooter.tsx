import { cachedSettings } from "@/lib/site/reader-data";
import styles from "./SiteFooter.module.css";
import { PORTAL_SECTIONS } from "./portal-sections";

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
        {PORTAL_SECTIONS.map((section) => (
          <li key={section.href}>
            <a href={section.href}>{section.label}</a>
          </li>
        ))}
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
