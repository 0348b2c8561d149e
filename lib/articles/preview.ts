import { can } from "@/lib/people/policy";
import { getCurrentUser } from "@/lib/people/session";
import { getArticleForPreview } from "./queries";

/**
 * The article for a draft-mode preview, whatever its status, or null when the visitor is not staff
 * allowed to see it (then the public, cached path applies). Called only when draft mode is on.
 */
export async function loadArticlePreview(id: number) {
  const user = await getCurrentUser();
  if (!user) return null;
  const article = await getArticleForPreview(id);
  if (!article) return null;
  return can(user, "article.preview", { authorId: article.authorId, status: article.status }) ? article : null;
}
