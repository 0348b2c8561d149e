import { lookupMemo } from "@/lib/cache/lookup-memo";
import { tags } from "@/lib/cache/tags";
import { findPublishedDocumentSlug } from "./public";
import { DOCUMENTS_FEED_PATH, documentPath, parseDocumentParam } from "./rules";

/** What proxy.ts does with /van-ban/<slug>-<id>: let the page render, 301 to the canonical URL, or 404. */
export type DocumentRoute = { kind: "page" } | { kind: "moved"; to: string } | { kind: "missing" };

/**
 * A wrong or old slug (the summary was edited) or a trailing slash is redirected to the canonical
 * address; an unpublished or unknown document is missing. Deeper paths (a document's files) are
 * left to their route. The slugs are memoised under the documents' tag, as the articles' are.
 */
const currentSlugs = lookupMemo<string | null>("document-slugs", { maxAgeMs: 10 * 60_000 });

export async function documentRoute(pathname: string): Promise<DocumentRoute> {
  const match = /^\/van-ban\/([^/]+)(\/.*)?$/.exec(pathname);
  if (!match) return { kind: "page" };
  if ((match[2] && match[2] !== "/") || pathname === DOCUMENTS_FEED_PATH) return { kind: "page" };
  const parsed = parseDocumentParam(match[1]!);
  if (!parsed) return { kind: "missing" };
  const slug = await currentSlugs(String(parsed.id), [tags.documents], () => findPublishedDocumentSlug(parsed.id));
  if (slug === null) return { kind: "missing" };
  if (slug === parsed.slug && !pathname.endsWith("/")) return { kind: "page" };
  return { kind: "moved", to: documentPath({ id: parsed.id, slug }) };
}
