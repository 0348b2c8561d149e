import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { authorize, type Actor } from "@/lib/people/policy";
import { articlePath } from "./paths";

/** Checks the actor may preview the article (staff who may see it) and returns where to look at it. */
export async function previewTarget(actor: Actor | null, articleId: number): Promise<string> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true, slug: true, authorId: true, status: true } });
  if (!article) throw new NotFoundError("Không tìm thấy bài viết.");
  authorize(actor, "article.preview", article);
  return articlePath(article);
}
