import styles from "./Editor.module.css";

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** How the article would look as a search result. */
export function SeoPreview({ title, description, url }: { title: string; description: string; url: string }) {
  return (
    <figure className={styles.snippet} aria-label="Xem trước kết quả tìm kiếm">
      <cite>{url}</cite>
      <p className={styles.snippetTitle}>{clip(title || "Tiêu đề bài viết", 60)}</p>
      <p>{clip(description || "Mô tả sẽ lấy từ sapo.", 160)}</p>
    </figure>
  );
}
