import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ARTICLE_NO_ACCESS, NoAccess, unlessForbidden } from "@/components/admin/NoAccess";
import { ArticleEditor } from "@/components/editor/ArticleEditor";
import { editorOptions } from "@/lib/articles/admin-queries";
import { editorView } from "@/lib/articles/editor-view";
import { parseArticleId } from "@/lib/articles/paths";
import { requireStaff } from "@/lib/people/session";

export const metadata: Metadata = { title: "Sửa bài viết" };

export default async function EditArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireStaff(`/admin/bai-viet/${id}`);
  const articleId = parseArticleId(id);
  if (!articleId) notFound();
  const view = await unlessForbidden(editorView(user, articleId));
  if (!view) return <NoAccess message={ARTICLE_NO_ACCESS} />;
  const options = await editorOptions();
  return (
    <>
      <h1>Sửa bài viết</h1>
      <p>Tác giả: {view.authorName}</p>
      <ArticleEditor key={`${view.article.id}-${view.article.version}`} {...view} {...options} />
    </>
  );
}
