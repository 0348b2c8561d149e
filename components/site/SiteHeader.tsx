import Link from "next/link";
import { categoryPath } from "@/lib/categories/breadcrumb";
import { listMenuCategories } from "@/lib/categories/queries";
import { SITE_NAME, SITE_TAGLINE } from "@/lib/site";

export async function SiteHeader() {
  const menu = await listMenuCategories();
  return (
    <header className="site-header">
      <div className="masthead">
        <Link href="/" className="brand">
          <span className="brand-tagline">{SITE_TAGLINE}</span>
          <span className="brand-name">{SITE_NAME}</span>
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
