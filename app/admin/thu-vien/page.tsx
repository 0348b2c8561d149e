import type { Metadata } from "next";
import Link from "next/link";
import { MediaCard } from "@/components/media/MediaCard";
import { MediaLibraryUpload } from "@/components/media/MediaLibraryUpload";
import { searchMedia } from "@/lib/media/library";
import { can } from "@/lib/people/policy";
import { requireStaff } from "@/lib/people/session";
import styles from "@/components/admin-articles/AdminArticles.module.css";

export const metadata: Metadata = { title: "Thư viện ảnh" };

const PAGE_SIZE = 24;

export default async function MediaLibraryPage({ searchParams }: { searchParams: Promise<{ q?: string; page?: string }> }) {
  const user = await requireStaff("/admin/thu-vien");
  const { q = "", page: pageParam } = await searchParams;
  const page = Math.max(1, Number(pageParam) || 1);
  const { rows, total } = await searchMedia(user, q, page, PAGE_SIZE);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return (
    <>
      <h1>Thư viện ảnh</h1>
      <MediaLibraryUpload />
      <form method="get" role="search" aria-label="Tìm ảnh" className={styles.filters}>
        <label>
          Tìm theo mô tả, chú thích, tác giả, tên tệp
          <input type="search" name="q" defaultValue={q} />
        </label>
        <button type="submit" className="button">
          Tìm
        </button>
      </form>
      <p>{total} ảnh</p>
      <ul className={styles.media}>
        {rows.map((row) => (
          <MediaCard
            key={row.id}
            media={{
              id: row.id,
              thumb: row.thumb,
              url: row.url,
              alt: row.alt,
              caption: row.caption,
              credit: row.credit,
              width: row.width,
              height: row.height,
              uploader: row.uploader.displayName,
            }}
            canEdit={can(user, "media.edit", row)}
            canDelete={can(user, "media.delete")}
          />
        ))}
      </ul>
      <nav aria-label="Phân trang" className={styles.pager}>
        {page > 1 ? (
          <Link prefetch={false} href={`/admin/thu-vien?q=${encodeURIComponent(q)}&page=${page - 1}`}>
            ← Trang trước
          </Link>
        ) : null}
        <span>
          Trang {page}/{pages}
        </span>
        {page < pages ? (
          <Link prefetch={false} href={`/admin/thu-vien?q=${encodeURIComponent(q)}&page=${page + 1}`}>
            Trang sau →
          </Link>
        ) : null}
      </nav>
    </>
  );
}
