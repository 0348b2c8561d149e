import type { Metadata } from "next";
import { ArticleEditor } from "@/components/editor/ArticleEditor";
import { editorOptions } from "@/lib/articles/admin-queries";
import { availableTransitions } from "@/lib/articles/editor-view";
import { authorize } from "@/lib/people/policy";
import { requireStaff } from "@/lib/people/session";

export const metadata: Metadata = { title: "Viết bài mới" };

export default async function NewArticlePage() {
  const user = await requireStaff("/admin/bai-viet/moi");
  authorize(user, "article.create");
  const options = await editorOptions();
  return (
    <>
      <h1>Viết bài mới</h1>
      <ArticleEditor article={null} autosave={null} canEdit transitions={availableTransitions(user, { authorId: user.id, status: "DRAFT" })} {...options} />
    </>
  );
}
