import { ResponsiveImage } from "@/components/media/ResponsiveImage";
import { cachedCategories, cachedSettings } from "@/lib/site/reader-data";
import { categoryPath } from "@/lib/categories/breadcrumb";
import { buildMenu } from "@/lib/categories/queries";
import { isExternalImage } from "@/lib/media/urls";
import { SubmenuEscape } from "@/components/site/SubmenuEscape";
import styles from "./SiteHeader.module.css";
import { PORTAL_SECTIONS } from "./portal-sections";

/**
 * Masthead, search box and the category menu. Sub-menus open on hover and on keyboard focus
 * (:focus-within, no JavaScript; a few lines close them with Escape); on phones the whole menu folds
 * into a <details> disclosure, which wide screens keep open with CSS (the menu is sent once, not once
 * per layout).
 */
export async function SiteHeader() {
  const [categories, settings] = await Promise.all([cachedCategories(), cachedSettings()]);
  const menu = buildMenu(categories);
  return (
    <header className={`site-header ${styles.header}`} data-print="hide">
      <div className={`masthead ${styles.masthead}`}>
        <a href="/" className="brand">
          {settings.logoUrl ? (
            // The portal's name follows in text: the logo adds nothing for a screen reader.
            <ResponsiveImage
              src={settings.logoUrl}
              alt=""
              width={112}
              height={112}
              className="brand-logo"
              preload
              unoptimized={isExternalImage(settings.logoUrl)}
            />
          ) : null}
          <span className="brand-tagline">{settings.tagline}</span>
          <span className="brand-name">{settings.siteName}</span>
        </a>
        <form action="/tim-kiem" method="get" role="search" className={styles.search}>
          <label htmlFor="o-tim-kiem" className="visually-hidden">
            Tìm kiếm bài viết
          </label>
          <input id="o-tim-kiem" name="q" type="search" placeholder="Tìm kiếm…" className={styles.searchInput} />
          <button type="submit" className={styles.searchButton}>
            Tìm
          </button>
        </form>
      </div>
      <nav aria-label="Chuyên mục" className={styles.nav}>
        <details className={styles.disclosure}>
          <summary className={styles.summary}>Chuyên mục</summary>
          <MenuList menu={menu} />
        </details>
        <SubmenuEscape />
      </nav>
    </header>
  );
}

function MenuList({ menu }: { menu: ReturnType<typeof buildMenu> }) {
  return (
    <ul className={styles.menu}>
      <li className={styles.item}>
        <a href="/" className={styles.link}>
          {/* A house on wide screens (the menu then fits one row); the words in the phone's list. Either
              one is shown, and names the link. */}
          <svg className={styles.homeIcon} viewBox="0 0 24 24" width="18" height="18" role="img" aria-label="Trang chủ" focusable="false">
            <path fill="currentColor" d="M12 3 2 11.5h3V21h5.5v-6h3v6H19v-9.5h3z" />
          </svg>
          <span className={styles.homeText}>Trang chủ</span>
        </a>
      </li>
      {menu.map((item) => (
        <li key={item.id} className={styles.item} data-submenu-item={item.children.length ? "" : undefined}>
          <a href={categoryPath(item)} className={styles.link}>
            {item.name}
          </a>
          {item.children.length ? (
            <ul className={styles.submenu}>
              {item.children.map((child) => (
                <li key={child.id}>
                  <a href={categoryPath(child)} className={styles.sublink}>
                    {child.name}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
      {PORTAL_SECTIONS.map((section) => (
        <li key={section.href} className={styles.item}>
          <a href={section.href} className={styles.link}>
            {section.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
