import type { Metadata } from "next";
import own from "@/components/site/Documents.module.css";
import { DocumentStatusLabel } from "@/components/site/DocumentStatus";
import { Pagination } from "@/components/site/Pagination";
import styles from "@/components/site/Questions.module.css";
import { documentsHref, parseDocumentFilters } from "@/lib/documents/filters";
import { listPublishedDocuments } from "@/lib/documents/public";
import { documentPath, DOCUMENTS_FEED_PATH, DOCUMENTS_PATH } from "@/lib/documents/rules";
import { DOCUMENT_STATUSES, STATUS_LABELS, STATUS_PARAMS } from "@/lib/documents/status";
import { cachedDocumentFacets, cachedDocumentList } from "@/lib/site/reader-data";
import { siteAlternates } from "@/lib/site/metadata";
import { calendarDay, formatDate, vietnamToday } from "@/lib/text/date";

// Filtered from the query string; lists without words come from the data cache under the documents'
// tag and the day (lib/site/reader-data.ts), so a repeat costs no query and a status turns at midnight.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Văn bản chỉ đạo, điều hành",
  description: "Nghị quyết, chỉ thị, quyết định, kết luận… của Tỉnh ủy và chính quyền tỉnh: tra cứu theo số, ký hiệu, loại, cơ quan ban hành, lĩnh vực, năm.",
  alternates: siteAlternates(DOCUMENTS_PATH, [{ url: DOCUMENTS_FEED_PATH, title: "Văn bản mới" }]),
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DocumentsPage({ searchParams }: Props) {
  const filters = parseDocumentFilters(await searchParams);
  const today = vietnamToday();
  const [facets, result] = await Promise.all([
    cachedDocumentFacets(),
    filters.q.trim() ? listPublishedDocuments(filters, calendarDay(today)) : cachedDocumentList(filters, today),
  ]);
  return (
    <div>
      <h1 className={styles.title}>Văn bản chỉ đạo, điều hành</h1>
      <form action={DOCUMENTS_PATH} method="get" role="search" aria-label="Tra cứu văn bản" className={own.filters} data-print="hide">
        <div className={own.wide}>
          <label htmlFor="vb-q">Số, ký hiệu hoặc từ khoá</label>
          <input id="vb-q" name="q" type="search" defaultValue={filters.q} maxLength={200} placeholder="Ví dụ: 12-NQ/TU hoặc du lịch" />
        </div>
        <Select id="vb-loai" name="loai" label="Loại văn bản" value={filters.type} options={facets.types.map((t) => [t.slug, t.name])} />
        <Select id="vb-co-quan" name="co-quan" label="Cơ quan ban hành" value={filters.body} options={facets.bodies.map((b) => [b.slug, b.name])} />
        <Select id="vb-linh-vuc" name="linh-vuc" label="Lĩnh vực" value={filters.field} options={facets.fields.map((f) => [f, f])} />
        <Select
          id="vb-nam"
          name="nam"
          label="Năm ban hành"
          value={filters.year ? String(filters.year) : null}
          options={facets.years.map((y) => [String(y), String(y)])}
        />
        <Select
          id="vb-hieu-luc"
          name="hieu-luc"
          label="Hiệu lực"
          value={filters.status ? STATUS_PARAMS[filters.status] : null}
          options={DOCUMENT_STATUSES.map((s) => [STATUS_PARAMS[s], STATUS_LABELS[s]])}
        />
        <div className={own.buttons}>
          <button type="submit" className={styles.submit}>
            Tra cứu
          </button>
          <a href={DOCUMENTS_PATH}>Bỏ lọc</a>
        </div>
      </form>
      <p className={styles.meta} role="status">
        {result.total ? `${result.total.toLocaleString("vi-VN")} văn bản` : "Không có văn bản nào phù hợp."}
        {result.total && !result.documents.length ? (
          <>
            {" "}
            · Trang {result.page} không còn văn bản. <a href={documentsHref(filters)}>Về trang đầu</a>
          </>
        ) : null}
      </p>
      <ul className={styles.list} data-testid="document-list">
        {result.documents.map((d) => (
          <li key={d.id} className={`${styles.item} ${d.exact ? own.exact : ""}`}>
            <h2>
              <a href={documentPath(d)}>
                {d.typeName} số {d.number}
              </a>
            </h2>
            <p className={styles.meta}>
              {d.bodyName} · Ban hành {formatDate(d.issuedOn)} · <DocumentStatusLabel status={d.status} />
            </p>
            <p>{d.summary}</p>
          </li>
        ))}
      </ul>
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(page) => documentsHref(filters, { page })} />
    </div>
  );
}

function Select({ id, name, label, value, options }: { id: string; name: string; label: string; value: string | null; options: [string, string][] }) {
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""}>
        <option value="">Tất cả</option>
        {options.map(([optionValue, text]) => (
          <option key={optionValue} value={optionValue}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
