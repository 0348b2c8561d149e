import type { Metadata } from "next";
import styles from "@/components/site/Questions.module.css";
import own from "@/components/site/Consultations.module.css";
import { ConsultationPhaseLabel } from "@/components/site/ConsultationPhase";
import { Pagination } from "@/components/site/Pagination";
import { CONSULTATIONS_PATH, consultationPath, phaseOf } from "@/lib/consultations/rules";
import { cachedConsultationList } from "@/lib/site/reader-data";
import { siteAlternates } from "@/lib/site/metadata";
import { formatDateTime } from "@/lib/text/date";

// Rendered per request so that each draft's state ("Đang lấy ý kiến", "Đã kết thúc") is that of now;
// the list comes from the data cache (lib/site/reader-data.ts), read again only after a publish.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Lấy ý kiến dự thảo",
  description: "Dự thảo văn bản của tỉnh đang lấy ý kiến nhân dân; gửi góp ý trực tuyến trước thời hạn.",
  alternates: siteAlternates(CONSULTATIONS_PATH),
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ConsultationsPage({ searchParams }: Props) {
  const param = (await searchParams).trang;
  const typed = Array.isArray(param) ? param[0] : param;
  const page = typed && /^[1-9]\d{0,4}$/.test(typed) ? Number(typed) : 1;
  const result = await cachedConsultationList(page);
  const now = new Date();
  return (
    <div>
      <h1 className={styles.title}>Lấy ý kiến dự thảo</h1>
      <p className={styles.lead}>
        Các dự thảo văn bản được công bố để lấy ý kiến của cơ quan, tổ chức và nhân dân. Bạn có thể gửi góp ý trực tuyến cho đến hết thời hạn ghi ở mỗi dự thảo.
      </p>
      {result.drafts.length ? (
        <ul className={styles.list} data-testid="consultation-list">
          {result.drafts.map((draft) => (
            <li key={draft.id} className={styles.item}>
              <h2>
                <a href={consultationPath(draft.slug)}>{draft.title}</a>
              </h2>
              <p className={styles.meta}>
                <ConsultationPhaseLabel phase={phaseOf(draft, now)} /> Từ {formatDateTime(draft.opensAt)} đến {formatDateTime(draft.closesAt)}
                {draft.draftingBody ? ` · ${draft.draftingBody}` : ""}
              </p>
              <p className={own.summary}>{draft.summary}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p>Chưa có dự thảo nào được đưa ra lấy ý kiến.</p>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(p) => (p > 1 ? `${CONSULTATIONS_PATH}?trang=${p}` : CONSULTATIONS_PATH)} />
    </div>
  );
}
