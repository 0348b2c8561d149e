import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/article/Breadcrumb";
import { JsonLd } from "@/components/article/JsonLd";
import own from "@/components/site/Documents.module.css";
import { DocumentStatusLabel } from "@/components/site/DocumentStatus";
import styles from "@/components/site/Questions.module.css";
import { documentFilePath, documentPath, DOCUMENTS_PATH, parseDocumentParam, RELATION_LABELS } from "@/lib/documents/rules";
import { statusLabel } from "@/lib/documents/status";
import { DOCUMENT_TYPES, describeFile } from "@/lib/files/sniff";
import { cachedDocument } from "@/lib/site/reader-data";
import { siteAlternates, siteOpenGraph } from "@/lib/site/metadata";
import { absoluteUrl } from "@/lib/site/url";
import { formatDate, vietnamToday } from "@/lib/text/date";

// Cached like the articles, expired by the documents' tag; rendered again within ten minutes of
// midnight, when a status derived from the dates may turn (the data is keyed by the day).
export const revalidate = 600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ param: string }> };

async function load(params: Props["params"]) {
  const parsed = parseDocumentParam((await params).param);
  return parsed ? cachedDocument(parsed.id, vietnamToday()) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const document = await load(params);
  if (!document) return {};
  const title = `${document.type.name} số ${document.number}`;
  return {
    title,
    description: document.summary.slice(0, 160),
    alternates: siteAlternates(documentPath(document)),
    openGraph: siteOpenGraph({ type: "article", url: documentPath(document) }),
  };
}

export default async function DocumentPage({ params }: Props) {
  const document = await load(params);
  if (!document) notFound();
  const signer = document.signer?.fullName ?? document.signerName;
  const rows: [string, React.ReactNode][] = [
    ["Số, ký hiệu", document.number],
    ["Loại văn bản", document.type.name],
    ["Cơ quan ban hành", document.issuingBody.name],
    ["Người ký", document.signer ? <a href={`/lanh-dao/${document.signer.slug}`}>{document.signer.fullName}</a> : (signer ?? "—")],
    ["Lĩnh vực", document.field ?? "—"],
    ["Ngày ban hành", formatDate(document.issuedOn)],
    ["Ngày có hiệu lực", formatDate(document.effectiveOn ?? document.issuedOn)],
    ["Ngày hết hiệu lực", document.expiresOn ? formatDate(document.expiresOn) : "—"],
    ["Tình trạng hiệu lực", <DocumentStatusLabel key="status" status={document.status.status} label={statusLabel(document.status)} />],
  ];
  return (
    <article>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "Legislation",
          name: `${document.type.name} số ${document.number}`,
          legislationIdentifier: document.number,
          legislationType: document.type.name,
          legislationDate: document.issuedOn.toISOString().slice(0, 10),
          ...(document.effectiveOn ? { legislationDateVersion: document.effectiveOn.toISOString().slice(0, 10) } : {}),
          legislationPassedBy: { "@type": "GovernmentOrganization", name: document.issuingBody.name },
          ...(signer ? { author: { "@type": "Person", name: signer } } : {}),
          description: document.summary,
          inLanguage: "vi",
          url: absoluteUrl(documentPath(document)),
          ...(document.field ? { about: document.field } : {}),
        }}
      />
      <Breadcrumb
        items={[
          { name: "Văn bản", href: DOCUMENTS_PATH },
          { name: document.type.name, href: `${DOCUMENTS_PATH}?loai=${document.type.slug}` },
        ]}
      />
      <h1 className={styles.title}>
        {document.type.name} số {document.number}
      </h1>
      <p data-testid="document-summary">{document.summary}</p>
      <table className={own.meta} data-testid="document-meta">
        <caption className="visually-hidden">Thông tin văn bản</caption>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {document.files.length ? (
        <section aria-labelledby="tep-van-ban">
          <h2 id="tep-van-ban" className="section-title">
            Tệp đính kèm
          </h2>
          <ul className={styles.list}>
            {document.files.map((file) => (
              <li key={file.id} className={styles.item}>
                <span>{file.fileName}</span> <span className={styles.meta}>({describeFile(file)})</span>{" "}
                <a href={documentFilePath(document, file.id)} download>
                  Tải về<span className="visually-hidden"> {file.fileName}</span>
                </a>
                {file.mime === DOCUMENT_TYPES.pdf.mime ? (
                  <>
                    {" · "}
                    <a href={`${documentFilePath(document, file.id)}?xem=1`} data-print="hide">
                      Xem trực tuyến<span className="visually-hidden"> {file.fileName}</span>
                    </a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {document.related.length ? (
        <section aria-labelledby="van-ban-lien-quan">
          <h2 id="van-ban-lien-quan" className="section-title">
            Văn bản liên quan
          </h2>
          <ul className={styles.list} data-testid="document-relations">
            {document.related.map((r) => (
              <li key={`${r.relationId}-${r.side}`} className={styles.item}>
                <strong>{RELATION_LABELS[r.kind][r.side]}:</strong> <a href={documentPath(r)}>{r.number}</a> — {r.summary}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
