import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/article/Breadcrumb";
import { ConsultationPhaseLabel } from "@/components/site/ConsultationPhase";
import own from "@/components/site/Consultations.module.css";
import styles from "@/components/site/Questions.module.css";
import { CONSULTATIONS_PATH, commentFormPath, consultationPath, filePath, phaseOf } from "@/lib/consultations/rules";
import { DOCUMENT_TYPES, describeFile } from "@/lib/files/sniff";
import { cachedConsultation } from "@/lib/site/reader-data";
import { siteAlternates, siteOpenGraph } from "@/lib/site/metadata";
import { formatDateTime } from "@/lib/text/date";

// Cached like the other reader pages, expired when staff publish (tag `consultations`), and rendered
// again at most a minute after an opening or closing time passes, which no publish announces: the
// state and the "Gửi góp ý" link lag by at most that minute; the form itself and the server go by the
// clock (./gop-y).
export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

async function load(params: Props["params"]) {
  const { slug } = await params;
  return slug.length <= 200 ? cachedConsultation(slug) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const draft = await load(params);
  if (!draft) return {};
  return {
    title: draft.title,
    description: draft.summary.slice(0, 160),
    alternates: siteAlternates(consultationPath(draft.slug)),
    openGraph: siteOpenGraph({ type: "article", url: consultationPath(draft.slug) }),
  };
}

export default async function ConsultationPage({ params }: Props) {
  const draft = await load(params);
  if (!draft) notFound();
  const phase = phaseOf(draft);
  return (
    <article>
      <Breadcrumb items={[{ name: "Lấy ý kiến dự thảo", href: CONSULTATIONS_PATH }]} />
      <h1 className={styles.title}>{draft.title}</h1>
      <p>
        <ConsultationPhaseLabel phase={phase} />
      </p>
      <dl className={own.facts}>
        {draft.draftingBody ? (
          <>
            <dt>Cơ quan soạn thảo</dt>
            <dd>{draft.draftingBody}</dd>
          </>
        ) : null}
        <dt>Bắt đầu lấy ý kiến</dt>
        <dd>{formatDateTime(draft.opensAt)}</dd>
        <dt>Hết hạn góp ý</dt>
        <dd data-testid="consultation-closes">{formatDateTime(draft.closesAt)}</dd>
      </dl>
      <p className={own.summary}>{draft.summary}</p>
      {draft.files.length ? (
        <section aria-labelledby="tep-du-thao">
          <h2 id="tep-du-thao" className="section-title">
            Tệp dự thảo
          </h2>
          <ul className={own.files}>
            {draft.files.map((file) => (
              <li key={file.id}>
                <span className={own.fileName}>{file.fileName}</span>
                <span className={styles.meta}>{describeFile(file)}</span>
                <a href={filePath(draft.slug, file.id)} download>
                  Tải về<span className="visually-hidden"> {file.fileName}</span>
                </a>
                {file.mime === DOCUMENT_TYPES.pdf.mime ? (
                  <a href={`${filePath(draft.slug, file.id)}?xem=1`}>
                    Xem trực tuyến<span className="visually-hidden"> {file.fileName}</span>
                  </a>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {phase === "open" ? (
        <p>
          <a href={commentFormPath(draft.slug)} className="button primary">
            Gửi góp ý
          </a>
        </p>
      ) : (
        <p className={own.closed} data-testid="consultation-closed">
          {phase === "closed" ? "Đã hết thời gian lấy ý kiến đối với dự thảo này." : `Dự thảo bắt đầu nhận góp ý từ ${formatDateTime(draft.opensAt)}.`}
        </p>
      )}
      {draft.outcome ? (
        <section aria-labelledby="tiep-thu">
          <h2 id="tiep-thu" className="section-title">
            Kết quả tiếp thu, giải trình ý kiến
          </h2>
          <p className={own.summary} data-testid="consultation-outcome">
            {draft.outcome}
          </p>
        </section>
      ) : null}
      <section aria-labelledby="gop-y">
        <h2 id="gop-y" className="section-title">
          Ý kiến đã công khai ({draft.comments.length})
        </h2>
        {draft.comments.length ? (
          <ul className={styles.list} data-testid="published-comments">
            {draft.comments.map((comment) => (
              <li key={comment.id} className={own.comment}>
                <p className={styles.meta}>
                  <strong>{comment.authorName}</strong>
                  {comment.organisation ? ` (${comment.organisation})` : ""} · {formatDateTime(comment.createdAt)}
                  {comment.section ? ` · Góp ý: ${comment.section}` : ""}
                </p>
                <p>{comment.text}</p>
              </li>
            ))}
          </ul>
        ) : (
          <p>Chưa có ý kiến nào được công khai.</p>
        )}
      </section>
    </article>
  );
}
