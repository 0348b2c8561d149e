"use client";

import { useState } from "react";
import styles from "./ArticleTools.module.css";

const SIZES = ["nho", "vua", "lon", "rat-lon"] as const;
type Size = (typeof SIZES)[number];

/** Text size, copy link and print: the only client code of the article page besides the view beacon. */
export function ArticleTools({ url, title }: { url: string; title: string }) {
  const [size, setSize] = useState<Size>("vua");
  const [copied, setCopied] = useState(false);

  const applySize = (next: Size) => {
    setSize(next);
    document.querySelector<HTMLElement>("[data-article]")?.setAttribute("data-text-size", next);
  };
  const step = (delta: number) => applySize(SIZES[Math.min(SIZES.length - 1, Math.max(0, SIZES.indexOf(size) + delta))]!);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      setTimeout(() => setCopied(false), 2500);
    } catch {
      window.prompt("Sao chép liên kết:", url);
    }
  };

  const encoded = encodeURIComponent(url);
  return (
    <div className={styles.tools} data-print="hide">
      <div role="group" aria-label="Cỡ chữ" className={styles.group}>
        <button type="button" onClick={() => step(-1)} disabled={size === SIZES[0]}>
          A−<span className="visually-hidden"> Giảm cỡ chữ</span>
        </button>
        <button type="button" onClick={() => step(1)} disabled={size === SIZES.at(-1)}>
          A+<span className="visually-hidden"> Tăng cỡ chữ</span>
        </button>
      </div>
      {/* Beside the text size, so that on a phone the share links fit one row below: two rows in all. */}
      <div className={styles.group}>
        <button type="button" onClick={() => window.print()}>
          In bài
        </button>
      </div>
      <div role="group" aria-label="Chia sẻ" className={styles.group}>
        <a href={`https://www.facebook.com/sharer/sharer.php?u=${encoded}`} target="_blank" rel="noopener noreferrer">
          Facebook
        </a>
        <a href={`https://sp.zalo.me/share_inline?url=${encoded}&title=${encodeURIComponent(title)}`} target="_blank" rel="noopener noreferrer">
          Zalo
        </a>
        <button type="button" onClick={copy}>
          {copied ? "Đã sao chép" : "Sao chép liên kết"}
        </button>
      </div>
      <p role="status" className="visually-hidden">
        {copied ? "Đã sao chép liên kết bài viết." : ""}
      </p>
    </div>
  );
}
