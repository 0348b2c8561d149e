import { can, TRANSITIONS, type Actor, type ArticleRef, type TransitionAction } from "@/lib/people/policy";
import { mediaSrc } from "@/lib/media/urls";
import { loadForEditor } from "./admin-queries";
import { articlePath } from "./paths";
import { STATUS_LABELS } from "./workflow";

/** The workflow steps the actor may take on the article now (the UI shows only these). */
export function availableTransitions(actor: Actor, article: ArticleRef): TransitionAction[] {
  return (Object.keys(TRANSITIONS) as TransitionAction[]).filter((action) => can(actor, action, article));
}

/** Serializable props for the editor screen. */
export async function editorView(actor: Actor, articleId: number) {
  const { article, autosave, canEdit } = await loadForEditor(actor, articleId);
  return {
    article: {
      id: article.id,
      version: article.version,
      status: article.status,
      statusLabel: STATUS_LABELS[article.status],
      title: article.title,
      slug: article.slug,
      sapo: article.sapo,
      categoryId: article.categoryId,
      body: article.body,
      featuredImage: article.featuredImage && { id: article.featuredImage.id, thumb: mediaSrc(article.featuredImage, 320), alt: article.featuredImage.alt, credit: article.featuredImage.credit },
      featuredImageCaption: article.featuredImageCaption,
      byline: article.byline,
      seoTitle: article.seoTitle,
      seoDescription: article.seoDescription,
      officialIds: article.officials.map((o) => o.officialId),
      reviewNote: article.reviewNote,
      publicPath: articlePath(article),
    },
    autosave: autosave && { ...autosave, savedAt: autosave.savedAt.toISOString() },
    canEdit,
    transitions: availableTransitions(actor, article),
    authorName: article.author.displayName,
  };
}
