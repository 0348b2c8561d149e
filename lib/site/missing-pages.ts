import { findAuthorIdBySlug } from "@/lib/authors/queries";
import { lookupMemo } from "@/lib/cache/lookup-memo";
import { slugTagOf } from "@/lib/cache/tags";
import { findCategoryIdBySlug } from "@/lib/categories/queries";
import { decodePathSegment } from "@/lib/http/path-segment";
import { findOfficialIdBySlug } from "@/lib/officials/queries";

/**
 * Reader pages addressed by a slug (/chuyen-muc/<slug>, /lanh-dao/<slug>, /tac-gia/<slug>) that
 * proxy.ts can answer with the 404 page before Next renders them. Only a slug that matches nothing
 * counts as missing; anything else is left to the page. Lookups are memoised under the tag that
 * every change of such a slug expires (lib/cache/lookup-memo.ts).
 */
const finders = new Map<string, (slug: string) => Promise<number | null>>([
  ["chuyen-muc", findCategoryIdBySlug],
  ["lanh-dao", findOfficialIdBySlug],
  ["tac-gia", findAuthorIdBySlug],
]);

const ids = lookupMemo<number | null>("reader-page-ids", { maxAgeMs: 10 * 60_000 });

export async function isMissingReaderPage(pathname: string): Promise<boolean> {
  const match = /^\/([^/]+)\/([^/]+)\/?$/.exec(pathname);
  const find = match && finders.get(match[1]!);
  const tag = slugTagOf(pathname);
  if (!find || !tag) return false;
  const slug = decodePathSegment(match[2]!);
  return (await ids(`${match[1]}/${slug}`, [tag], () => find(slug))) === null;
}
