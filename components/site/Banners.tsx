import { ResponsiveImage } from "@/components/media/ResponsiveImage";
import type { SiteBanner } from "@/lib/banners/queries";
import { isExternalImage } from "@/lib/media/urls";
import styles from "./Banners.module.css";

/** Admin-configured image banners (image + link), in their order. */
export function Banners({
  banners,
  label,
  sizes = "(min-width: 960px) 340px, 100vw",
  className,
}: {
  banners: SiteBanner[];
  label: string;
  sizes?: string;
  className?: string;
}) {
  if (!banners.length) return null;
  return (
    <aside aria-label={label} className={className ? `${styles.banners} ${className}` : styles.banners} data-print="hide">
      <ul className={styles.list}>
        {banners.map((banner) => (
          <li key={banner.id}>
            <a href={banner.linkUrl} rel={/^https?:/.test(banner.linkUrl) ? "noopener" : undefined}>
              <ResponsiveImage
                src={banner.src}
                alt={banner.alt}
                width={banner.width ?? 1200}
                height={banner.height ?? 200}
                sizes={sizes}
                className={styles.image}
                unoptimized={isExternalImage(banner.src)}
              />
            </a>
          </li>
        ))}
      </ul>
    </aside>
  );
}
