import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ARTICLE_NO_ACCESS, NoAccess, unlessForbidden } from "@/components/admin/NoAccess";
import { TableScroll } from "@/components/admin/TableScroll";
import { RestoreRevisionButton } from "@/components/admin-articles/RestoreRevisionButton";
import { RevisionDiff } from "@/components/admin-articles/RevisionDiff";
import { editorOptions } from "@/lib/articles/admin-queries";
import { parseArticleId } from "@/lib/articles/paths";
import { diffRevisions, revisionHistory, REVISION_KIND_LABELS } from "@/lib/articles/revisions";
import { STATUS_LABELS } from "@/lib/articles/workflow";
import { requireStaff } from "@/lib/people/session";
import { formatDateTime } from "@/lib/text/date";
import styles from "@/components/admin-articles/AdminArticles.module.css";

export const metadata: Metadata = { title: "Lịch sử phiên bản" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ tu?: string; den?: string }> };

export default async function RevisionsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireStaff(`/admin/bai-viet/${id}/phien-ban`);
  const articleId = parseArticleId(id);
  if (!articleId) notFound();
  const history = await unlessForbidden(revisionHistory(user, articleId));
  if (!history) return <NoAccess message={ARTICLE_NO_ACCESS} />;
  const { article, mayRestore, revisions } = history;
  const query = await searchParams;
  const from = Number(query.tu);
  const to = Number(query.den);
  const compared = from && to ? await diffRevisions(user, articleId, from, to).catch(() => null) : null;
  const options = compared?.fields ? await editorOptions() : { categories: [], officials: [] };

  return (
    <>
      <h1>Lịch sử phiên bản</h1>
      <p>
        <Link prefetch={false} href={`/admin/bai-viet/${articleId}`}>
          ← {article.title}
        </Link>
      </p>
      <form method="get" className={styles.revisions}>
        <TableScroll label="Các phiên bản">
          <table>
            <caption>Mỗi lần lưu và mỗi lần đổi trạng thái được giữ lại. Chọn hai phiên bản để so sánh.</caption>
            <thead>
              <tr>
                <th scope="col">Từ</th>
                <th scope="col">Đến</th>
                <th scope="col">Thời gian</th>
                <th scope="col">Người thực hiện</th>
                <th scope="col">Loại</th>
                <th scope="col">Trạng thái</th>
                <th scope="col">Tiêu đề</th>
                <th scope="col">Khôi phục</th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((r, index) => (
                <tr key={r.id} data-testid="revision-row">
                  <td>
                    <input
                      type="radio"
                      name="tu"
                      value={r.id}
                      defaultChecked={from ? from === r.id : index === 1}
                      aria-label={`So sánh từ phiên bản lúc ${formatDateTime(r.createdAt)}`}
                    />
                  </td>
                  <td>
                    <input
                      type="radio"
                      name="den"
                      value={r.id}
                      defaultChecked={to ? to === r.id : index === 0}
                      aria-label={`So sánh đến phiên bản lúc ${formatDateTime(r.createdAt)}`}
                    />
                  </td>
                  <td>{formatDateTime(r.createdAt)}</td>
                  <td>{r.author.displayName}</td>
                  <td>
                    {REVISION_KIND_LABELS[r.kind]}
                    {r.note ? ` — ${r.note}` : ""}
                  </td>
                  <td>{STATUS_LABELS[r.status]}</td>
                  <td>{r.title}</td>
                  <td>{mayRestore ? <RestoreRevisionButton articleId={articleId} revisionId={r.id} expectedVersion={article.version} /> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        <button type="submit" className="button">
          So sánh
        </button>
      </form>
      {compared ? <RevisionDiff from={compared.from} to={compared.to} diff={compared.diff} fields={compared.fields} options={options} /> : null}
    </>
  );
}
