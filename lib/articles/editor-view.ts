import { can, TRANSITIONS, type Actor, type ArticleRef, type TransitionAction } from "@/lib/people/policy";
import { loadForEditor } from "./admin-queries";
import { articlePath } from "./paths";
import { STATUS_LABELS } from "./workflow";

/** The workflow steps the actor may take on the article now (the UI shows only these). */
export function availableTransitions(actor: Actor, article: ArticleRef): TransitionAction[] {
  return (Object.keys(TRANSITIONS) as TransitionAction[]).filter((action) => can(actor, action, article));
}

/** Serializable props for the editor screen. */
export async function editorView(actor: Actor, articleId: number) {
  const { article, fields, autosave, canEdit } = await loadForEditor(actor, articleId);
  return {
    article: {
      id: article.id,
      version: article.version,
      status: article.status,
      statusLabel: STATUS_LABELS[article.status],
      title: article.title,
      sapo: article.sapo,
      body: article.body,
      ...fields,
      reviewNote: article.reviewNote,
      scheduleRefusal: article.scheduleRefusal,
      publicPath: articlePath(article),
    },
    autosave: autosave && {
      ...autosave,
      savedAt: autosave.savedAt.toISOString(),
      newerVersion: autosave.newerVersion && { ...autosave.newerVersion, savedAt: autosave.newerVersion.savedAt.toISOString() },
    },
    canEdit,
    transitions: availableTransitions(actor, article),
    authorName: article.author.displayName,
  };
}
