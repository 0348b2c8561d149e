import type { JSONContent } from "@tiptap/react";
import type { LockState } from "@/lib/articles/lock";
import type { TransitionAction } from "@/lib/people/policy";
import type { ConflictDetails } from "./ConflictPanel";
import type { FieldErrors } from "./EditorField";

/**
 * The staff JSON API (app/api/articles/**, app/api/thu-vien/**) as typed functions: the one place
 * in the browser where its addresses are written. Each function keeps what its caller does with a
 * failure (null, false, or a thrown error when the network fails), as its note says. Reader pages
 * do not use it (components/article/ViewCounter.tsx sends its own beacon).
 */

/** A refusal as the routes send it (lib/errors.ts httpErrorResponse). */
export type ApiError = { error?: string; fieldErrors?: FieldErrors };
/** A JSON answer: what the route returned, or its refusal. */
export type Answer<T> = { ok: true; data: T } | { ok: false; data: ApiError };

/** A library image as the server sends it (lib/media/library.ts withUrls). */
export type UploadedMedia = {
  id: number;
  alt: string;
  caption: string | null;
  credit: string | null;
  path: string;
  thumb: string;
  src: string;
  srcset: string;
  width: number;
  height: number;
};

/** The article form as a save or an autosave sends it (lib/articles/input.ts). */
export type ArticlePayload = {
  title: string;
  slug: string;
  sapo: string;
  categoryId: string;
  body: JSONContent;
  featuredImageId: number | null;
  featuredImageCaption: string;
  byline: string;
  seoTitle: string;
  seoDescription: string;
  officialIds: number[];
};

/** A save's answer: the id (a new article), version and slug, or the refusal; a conflict (409) has the version met. */
export type SaveAnswer = { status: number; data: { id?: number; version?: number; slug?: string; details?: ConflictDetails } & ApiError };

export type TransitionRequest = { action: TransitionAction; expectedVersion: number; note: string; scheduledAt?: string };

/** An image's texts as sent, with the stored values the form showed (the server refuses the edit if they changed). */
export type MediaEdit = { alt: string; caption: string; credit: string; expected: MediaMeta };
export type MediaMeta = { alt: string; caption: string | null; credit: string | null };

const articleUrl = (id: number) => `/api/articles/${id}`;
const mediaUrl = (id: number) => `/api/thu-vien/${id}`;

function sendJson(url: string, method: string, body: unknown): Promise<Response> {
  return fetch(url, { method, headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
}

function answer<T>(response: Response, data: unknown): Answer<T> {
  return response.ok ? { ok: true, data: data as T } : { ok: false, data: data as ApiError };
}

/** Creates the article (id null) or saves a new version; null when the network fails or the answer is not JSON (a proxy's error page). */
export async function saveArticle(id: number | null, article: ArticlePayload, expectedVersion: number): Promise<SaveAnswer | null> {
  try {
    const response = await sendJson(id === null ? "/api/articles" : articleUrl(id), id === null ? "POST" : "PUT", { ...article, expectedVersion });
    return { status: response.status, data: await response.json() };
  } catch {
    return null;
  }
}

/** Stores the form as the signed-in person's autosave; a refusal has the server's reason, a network failure none. */
export async function autosaveArticle(id: number, article: ArticlePayload, basedOnVersion: number): Promise<{ ok: true } | { ok: false; error?: string }> {
  const response = await sendJson(`${articleUrl(id)}/autosave`, "POST", { ...article, basedOnVersion }).catch(() => null);
  if (response?.ok) return { ok: true };
  const data: ApiError = response ? await response.json().catch(() => ({})) : {};
  return { ok: false, error: data.error };
}

/** Deletes the signed-in person's autosaves of the article; false if the server could not be reached or refused. */
export async function discardAutosaves(id: number): Promise<boolean> {
  const response = await fetch(`${articleUrl(id)}/autosave`, { method: "DELETE" }).catch(() => null);
  return Boolean(response?.ok);
}

/** The officials the text names (lib/articles/mentions.ts); null when the request fails. */
export async function suggestOfficials(text: string): Promise<number[] | null> {
  const response = await sendJson("/api/articles/officials", "POST", { text }).catch(() => null);
  if (!response?.ok) return null;
  return ((await response.json()) as { officialIds: number[] }).officialIds;
}

/** Takes or refreshes the edit lock (takeOver: from whoever holds it); null when the request fails. */
export function heartbeatLock(id: number, takeOver: boolean): Promise<LockState | null> {
  return sendJson(`${articleUrl(id)}/lock`, "POST", { takeOver })
    .then((response) => (response.ok ? (response.json() as Promise<LockState>) : null))
    .catch(() => null);
}

/** Releases the edit lock; keepalive, so it is still sent while the page closes. */
export function releaseLock(id: number): Promise<Response> {
  return fetch(`${articleUrl(id)}/lock`, { method: "DELETE", keepalive: true });
}

/** A workflow step; null when the network fails or the answer is not JSON. */
export function transitionArticle(id: number, request: TransitionRequest): Promise<Answer<{ status: string; version: number }> | null> {
  return sendJson(`${articleUrl(id)}/transition`, "POST", request)
    .then(async (response) => answer<{ status: string; version: number }>(response, await response.json()))
    .catch(() => null);
}

/** Restores a revision as a new version; a refusal has the server's reason. Throws when the network fails. */
export async function restoreRevision(articleId: number, revisionId: number, expectedVersion: number): Promise<{ ok: true } | { ok: false; error?: string }> {
  const response = await sendJson(`${articleUrl(articleId)}/restore`, "POST", { revisionId, expectedVersion });
  if (response.ok) return { ok: true };
  return { ok: false, error: ((await response.json()) as ApiError).error };
}

/** The library's images matching the query (first page). Throws when the network fails or the answer is not JSON. */
export async function searchMedia(query: string): Promise<Answer<{ total: number; rows: UploadedMedia[] }>> {
  const response = await fetch(`/api/thu-vien?q=${encodeURIComponent(query)}`);
  return answer(response, await response.json());
}

/** Uploads an image (a form with file, alt, caption, credit). Throws when the network fails or the answer is not JSON. */
export async function uploadMedia(form: FormData): Promise<Answer<UploadedMedia>> {
  const response = await fetch("/api/thu-vien", { method: "POST", body: form });
  return answer(response, await response.json());
}

/** Edits an image's texts; the stored values come back (an answer that is not JSON counts as empty). Throws when the network fails. */
export async function editMedia(id: number, edit: MediaEdit): Promise<Answer<Partial<MediaMeta>>> {
  const response = await sendJson(mediaUrl(id), "PATCH", edit);
  return answer(response, await response.json().catch(() => ({})));
}

/** Deletes an image (refused while something uses it). Throws when the network fails. */
export async function deleteMedia(id: number): Promise<Answer<unknown>> {
  const response = await fetch(mediaUrl(id), { method: "DELETE", headers: { "Content-Type": "application/json" } });
  return answer(response, await response.json().catch(() => ({})));
}
