import { diffWords } from "diff";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import type { ArticleStatus, RevisionKind } from "@/lib/db/generated/enums";
import { NotFoundError } from "@/lib/errors";
import { authorize, can, type Actor } from "@/lib/people/policy";
import { bodyText, bodyToJson, parseStoredBody, type ArticleBody } from "./body";
import { editorFormFields } from "./editor-form";
import { pickRevisionFields, readRevisionFields, type RevisionFields } from "./input";

/** The article as a revision keeps it: title, sapo and body, and the rest of the form (fields). */
export type Snapshot = { title: string; sapo: string; body: ArticleBody; fields: RevisionFields; status: ArticleStatus; version: number };

/** An article row with its officials as a snapshot's fields (for revisions that do not change the content). */
export function articleFields(article: Omit<RevisionFields, "officialIds"> & { officials: { officialId: number }[] }): RevisionFields {
  return pickRevisionFields({ ...article, officialIds: article.officials.map((o) => o.officialId) });
}

/** A snapshot of an article row as it stands, for a revision that changes its status or place, not its content. */
export function currentSnapshot(
  article: Parameters<typeof articleFields>[0] & { title: string; sapo: string; body: unknown },
  status: ArticleStatus,
  version: number,
): Snapshot {
  return { title: article.title, sapo: article.sapo, body: parseStoredBody(article.body), fields: articleFields(article), status, version };
}

/** Keeps a copy of the article as it is now: every save and every status change calls this. */
export async function recordRevision(tx: Tx, articleId: number, snapshot: Snapshot, kind: RevisionKind, authorId: number, note?: string | null) {
  return tx.articleRevision.create({
    data: {
      articleId,
      title: snapshot.title,
      sapo: snapshot.sapo,
      body: bodyToJson(snapshot.body),
      fields: pickRevisionFields(snapshot.fields),
      status: snapshot.status,
      version: snapshot.version,
      kind,
      authorId,
      note: note || null,
    },
  });
}

export const REVISION_KIND_LABELS: Record<RevisionKind, string> = {
  AUTOSAVE: "Tự động lưu",
  SAVE: "Lưu",
  STATUS: "Đổi trạng thái",
  RESTORE: "Khôi phục",
};

/**
 * An article's history for the history screen: its revisions, newest first, and whether the person
 * may restore one (restoring is an edit).
 */
export async function revisionHistory(actor: Actor | null, articleId: number) {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { title: true, version: true, authorId: true, status: true } });
  if (!article) throw new NotFoundError("Không tìm thấy bài viết.");
  authorize(actor, "article.view", article);
  const revisions = await db.articleRevision.findMany({
    where: { articleId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, kind: true, status: true, version: true, note: true, createdAt: true, title: true, author: { select: { displayName: true } } },
  });
  return { article: { title: article.title, version: article.version }, mayRestore: can(actor, "article.edit", article), revisions };
}

export type DiffPart = { value: string; added?: boolean; removed?: boolean };
export type TextDiff = { title: DiffPart[]; sapo: DiffPart[]; body: DiffPart[] };

/** Word-level difference of what readers see: title, sapo and the body's text. */
export function diffTexts(from: { title: string; sapo: string; body: ArticleBody }, to: { title: string; sapo: string; body: ArticleBody }): TextDiff {
  const parts = (a: string, b: string) => diffWords(a, b).map(({ value, added, removed }) => ({ value, added, removed }));
  return { title: parts(from.title, to.title), sapo: parts(from.sapo, to.sapo), body: parts(bodyText(from.body), bodyText(to.body)) };
}

export async function diffRevisions(actor: Actor | null, articleId: number, fromId: number, toId: number) {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { authorId: true, status: true } });
  if (!article) throw new NotFoundError("Không tìm thấy bài viết.");
  authorize(actor, "article.view", article);
  const rows = await db.articleRevision.findMany({ where: { articleId, id: { in: [fromId, toId] } }, include: { author: { select: { displayName: true } } } });
  const from = rows.find((r) => r.id === fromId);
  const to = rows.find((r) => r.id === toId);
  if (!from || !to) throw new NotFoundError("Không tìm thấy phiên bản.");
  const read = (r: typeof from) => ({ title: r.title, sapo: r.sapo, body: parseStoredBody(r.body) });
  return { from, to, diff: diffTexts(read(from), read(to)), fields: await comparableFields(from.fields, to.fields) };
}

/** Both revisions' other form fields, for the comparison; null when one was recorded before revisions kept them. */
async function comparableFields(from: unknown, to: unknown) {
  const [before, after] = [readRevisionFields(from), readRevisionFields(to)];
  if (!before || !after) return null;
  return { from: await editorFormFields(db, before), to: await editorFormFields(db, after) };
}
