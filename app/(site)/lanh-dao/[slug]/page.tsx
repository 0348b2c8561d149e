import type { Metadata } from "next";
import { ResponsiveImage } from "@/components/media/ResponsiveImage";
import { notFound } from "next/navigation";
import { ArticleTeaserList } from "@/components/article/ArticleTeaserList";
import { Breadcrumb } from "@/components/article/Breadcrumb";
import { OfficialPositions } from "@/components/site/OfficialPositions";
import styles from "@/components/site/Officials.module.css";
import { cachedOfficial, cachedOfficialId, cachedScheduleWeek, cachedSignedDocuments } from "@/lib/site/reader-data";
import { documentPath } from "@/lib/documents/rules";
import { formatDate } from "@/lib/text/date";
import { OfficialWeek } from "@/components/site/OfficialWeek";
import { weekParam, weekStartOf } from "@/lib/schedule/week";
import { titleOn } from "@/lib/officials/titles";
import { siteAlternates, siteOpenGraph } from "@/lib/site/metadata";
import { isExternalImage } from "@/lib/media/urls";
import { officialPath } from "@/lib/officials/paths";

// Re-rendered at least hourly: the week of the work schedule shown moves on without any change.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

async function load(params: Props["params"]) {
  const { slug } = await params;
  const id = await cachedOfficialId(slug);
  return id === null ? null : cachedOfficial(slug, id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const official = await load(params);
  if (!official) return {};
  const title = titleOn(official.positions, new Date());
  return {
    title: official.fullName,
    description: `${official.fullName}${title ? `, ${title}` : ""}: tiểu sử, chức vụ và tin bài liên quan.`,
    alternates: siteAlternates(officialPath(official.slug)),
    openGraph: siteOpenGraph({ type: "profile", url: officialPath(official.slug), ...(official.portrait ? { images: [official.portrait] } : {}) }),
  };
}

export default async function OfficialPage({ params }: Props) {
  const official = await load(params);
  if (!official) notFound();
  const now = new Date();
  const currentTitle = titleOn(official.positions, now);
  const monday = weekStartOf(now);
  const [week, signed] = await Promise.all([cachedScheduleWeek(weekParam(monday), official.id), cachedSignedDocuments(official.id)]);
  return (
    <div>
      <Breadcrumb items={[{ name: "Lãnh đạo tỉnh", href: "/lanh-dao" }]} />
      <div className={styles.profile}>
        <div>
          {official.portrait ? (
            <ResponsiveImage
              src={official.portrait}
              alt={`Chân dung ${official.fullName}`}
              width={200}
              height={266}
              className={styles.bigPortrait}
              preload
              unoptimized={isExternalImage(official.portrait)}
            />
          ) : null}
        </div>
        <div>
          <h1 className={styles.title}>{official.fullName}</h1>
          {currentTitle ? <p className={styles.current}>{currentTitle}</p> : null}
          {official.birthYear || official.homeTown ? (
            <p>
              {official.birthYear ? `Năm sinh: ${official.birthYear}` : null}
              {official.birthYear && official.homeTown ? " · " : null}
              {official.homeTown ? `Quê quán: ${official.homeTown}` : null}
            </p>
          ) : null}
          <section aria-labelledby="chuc-vu">
            <h2 id="chuc-vu" className="section-title">
              Chức vụ
            </h2>
            <OfficialPositions positions={official.positions} now={now} />
          </section>
          {official.biography ? (
            <section aria-labelledby="tieu-su">
              <h2 id="tieu-su" className="section-title">
                Tiểu sử
              </h2>
              <p className={styles.biography}>{official.biography}</p>
            </section>
          ) : null}
          <OfficialWeek monday={monday} entries={week} slug={official.slug} />
          {signed.length ? (
            <section aria-labelledby="van-ban-da-ky">
              <h2 id="van-ban-da-ky" className="section-title">
                Văn bản đã ký
              </h2>
              <ul data-testid="signed-documents">
                {signed.map((d) => (
                  <li key={d.id}>
                    <a href={documentPath(d)}>
                      {d.type.name} số {d.number}
                    </a>{" "}
                    ({formatDate(d.issuedOn)}): {d.summary}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <section aria-labelledby="tin-bai">
            <h2 id="tin-bai" className="section-title">
              Tin bài liên quan
            </h2>
            {official.articles.length ? <ArticleTeaserList articles={official.articles} withSapo /> : <p>Chưa có tin bài.</p>}
          </section>
        </div>
      </div>
    </div>
  );
}
