import Link from "next/link";
import { categoryPath } from "@/lib/categories/breadcrumb";
import { listMenuCategories } from "@/lib/categories/queries";
import { getSiteSettings } from "@/lib/settings";

export async function SiteHeader() {
  const [menu, settings] = await Promise.all([listMenuCategories(), getSiteSettings()]);
  return (
    <header className="site-header">
      <div className="masthead">
        <Link href="/" className="brand">
          <span className="brand-tagline">{settings.tagline}</span>
          <span className="brand-name">{settings.siteName}</span>
        </Link>
      </div>
      <nav aria-label="Chuyên mục" className="main-nav">
        <ul>
          <li>
            <Link href="/">Trang chủ</Link>
          </li>
          {menu.map((category) => (
            <li key={category.id}>
              <Link href={categoryPath(category)}>{category.name}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
