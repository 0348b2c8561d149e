import { ResponsiveImage } from "@/components/media/ResponsiveImage";
import { Breadcrumb } from "@/components/article/Breadcrumb";
import { cachedOfficialsDirectory } from "@/lib/site/reader-data";
import { titleOn } from "@/lib/officials/titles";
import styles from "./Officials.module.css";
import { isExternalImage } from "@/lib/media/urls";
import { officialPath } from "@/lib/officials/paths";

type Listed = Awaited<ReturnType<typeof cachedOfficialsDirectory>>["ungrouped"][number];

export async function OfficialsDirectory() {
  const { groups, ungrouped } = await cachedOfficialsDirectory();
  const now = new Date();
  return (
    <div>
      <Breadcrumb items={[]} />
      <h1 className={styles.title}>Lãnh đạo tỉnh</h1>
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={`nhom-${group.slug}`} className={styles.group}>
          <h2 id={`nhom-${group.slug}`} className="section-title">
            {group.name}
          </h2>
          <OfficialCards officials={group.officials} now={now} />
        </section>
      ))}
      {ungrouped.length ? (
        <section aria-labelledby="nhom-khac" className={styles.group}>
          <h2 id="nhom-khac" className="section-title">
            {groups.length ? "Lãnh đạo khác" : "Lãnh đạo"}
          </h2>
          <OfficialCards officials={ungrouped} now={now} />
        </section>
      ) : null}
    </div>
  );
}

function OfficialCards({ officials, now }: { officials: Listed[]; now: Date }) {
  return (
    <ol className={styles.cards}>
      {officials.map((official) => (
        <li key={official.id} className={styles.card}>
          {official.portrait ? (
            <ResponsiveImage
              src={official.portrait}
              alt={`Chân dung ${official.fullName}`}
              width={96}
              height={128}
              className={styles.portrait}
              unoptimized={isExternalImage(official.portrait)}
            />
          ) : (
            <span className={styles.noPortrait} aria-hidden="true">
              {official.fullName.split(" ").at(-1)?.[0]}
            </span>
          )}
          <div>
            <h3 className={styles.name}>
              <a href={officialPath(official.slug)}>{official.fullName}</a>
            </h3>
            <p className={styles.position}>{titleOn(official.positions, now) || "Nguyên lãnh đạo tỉnh"}</p>
          </div>
        </li>
      ))}
    </ol>
  );
}
