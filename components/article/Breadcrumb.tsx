import Link from "next/link";

export type Crumb = { name: string; href: string };

export function Breadcrumb({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label="Đường dẫn" className="breadcrumb">
      <ol>
        <li>
          <Link href="/">Trang chủ</Link>
        </li>
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href}>{item.name}</Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
