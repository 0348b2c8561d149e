import type { Metadata } from "next";
import { ResponsiveImage } from "@/components/media/ResponsiveImage";
import { notFound } from "next/navigation";
import { ArticleTeaserList } from "@/components/article/ArticleTeaserList";
import { Breadcrumb } from "@/components/article/Breadcrumb";
import styles from "@/components/site/Officials.module.css";
import { cachedAuthor, cachedAuthorId } from "@/lib/cache/reader";
import { authorPath } from "@/lib/authors/paths";
import { isExternalImage } from "@/lib/media/urls";
import { siteOpenGraph } from "@/lib/site/metadata";

export const revalidate = 86400;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

async function load(params: Props["params"]) {
  const { slug } = await params;
  const id = await cachedAuthorId(slug);
  return id === null ? null : cachedAuthor(slug, id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = await load(params);
  if (!author) return {};
  const title = `Tác giả ${author.displayName}`;
  const description = author.bio || `Các bài viết của ${author.displayName}`;
  return {
    title,
    description,
    alternates: { canonical: authorPath(author.slug) },
    openGraph: siteOpenGraph({ type: "profile", url: authorPath(author.slug), title, description, ...(author.avatar ? { images: [author.avatar] } : {}) }),
  };
}

export default async function AuthorPage({ params }: Props) {
  const author = await load(params);
  if (!author) notFound();
  return (
    <div>
      <Breadcrumb items={[]} />
      <div className={styles.profile}>
        <div>{author.avatar ? <ResponsiveImage src={author.avatar} alt={`Ảnh ${author.displayName}`} width={200} height={200} className={styles.bigPortrait} unoptimized={isExternalImage(author.avatar)} /> : null}</div>
        <div>
          <h1 className={styles.title}>{author.displayName}</h1>
          {author.bio ? <p className={styles.biography}>{author.bio}</p> : null}
          <section aria-labelledby="bai-viet">
            <h2 id="bai-viet" className="section-title">
              Bài viết
            </h2>
            {author.articles.length ? <ArticleTeaserList articles={author.articles} withSapo /> : <p>Chưa có bài viết được xuất bản.</p>}
          </section>
        </div>
      </div>
    </div>
  );
}
