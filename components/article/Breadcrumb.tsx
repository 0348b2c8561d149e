export type Crumb = { name: string; href: string };

export function Breadcrumb({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label="Đường dẫn" className="breadcrumb">
      <ol>
        <li>
          <a href="/">Trang chủ</a>
        </li>
        {items.map((item) => (
          <li key={item.href}>
            <a href={item.href}>{item.name}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
