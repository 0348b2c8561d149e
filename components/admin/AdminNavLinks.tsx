"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

/** The section a staff path belongs to: the longest menu entry it starts with. */
function currentHref(pathname: string, hrefs: string[]): string | undefined {
  return hrefs.filter((href) => pathname === href || pathname.startsWith(`${href}/`)).sort((a, b) => b.length - a.length)[0];
}

/**
 * The staff menu's links, the current section marked. On a phone the menu is one row that scrolls
 * sideways (ten entries would take four rows above every screen), so the current entry is scrolled
 * into view.
 */
export function AdminNavLinks({ items }: { items: { href: string; label: string }[] }) {
  const pathname = usePathname();
  const current = currentHref(
    pathname,
    items.map((item) => item.href),
  );
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    const link = list.current?.querySelector<HTMLElement>('[aria-current="page"]');
    const frame = list.current;
    if (!link || !frame || frame.scrollWidth <= frame.clientWidth) return;
    const [linkBox, frameBox] = [link.getBoundingClientRect(), frame.getBoundingClientRect()];
    frame.scrollLeft += linkBox.left - frameBox.left - (frame.clientWidth - linkBox.width) / 2;
  }, [current]);

  return (
    <ul ref={list}>
      {items.map((item) => (
        <li key={item.href}>
          <Link href={item.href} aria-current={item.href === current ? "page" : undefined}>
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
