import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { authorize, can, type Actor } from "@/lib/people/policy";
import { articlePath } from "./paths";
import { getArticleForPreview, getArticlePage } from "./queries";

/** Checks the actor may preview the article (staff who may see it) and returns where to look at it. */
export async function previewTarget(actor: Actor | null, articleId: number): Promise<string> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true, slug: true, authorId: true, status: true } });
  if (!article) throw new NotFoundError("Không tìm thấy bài viết.");
  authorize(actor, "article.preview", article);
  return articlePath(article);
}

/**
 * The article for a draft-mode preview, whatever its status, or null when the visitor is not staff
 * allowed to see it (then the public, cached path applies). Called only when draft mode is on.
 */
export async function loadArticlePreview(user: Actor | null, id: number) {
  if (!user) return null;
  const article = await getArticleForPreview(id);
  if (!article) return null;
  if (!can(user, "article.preview", { authorId: article.authorId, status: article.status })) return null;
  // The lists around it as readers would see them (empty when the article itself is not public yet).
  const around = await getArticlePage(id);
  return { article, sameCategory: around?.sameCategory ?? [], related: around?.related ?? [] };
}
