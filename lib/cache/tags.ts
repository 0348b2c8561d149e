import { revalidateTag } from "next/cache";
import { publishRevalidation } from "./fanout";

/**
 * The one place that knows which cached pages a change affects. Public pages tag what they read
 * with these tags (`cacheTag(...)` / fetch tags); writers call `invalidate(change)` after their
 * transaction commits. Nothing else calls revalidateTag.
 */
export const tags = {
  home: "home",
  menu: "menu",
  settings: "settings",
  banners: "banners",
  feeds: "feeds",
  sitemap: "sitemap",
  search: "search",
  officialsDirectory: "officials",
  /** The work schedule's week pages and its .ics feeds (all leaders and each leader's). */
  schedule: "schedule",
  /** Author slug → id lookups. */
  authors: "authors",
  article: (id: number) => `article:${id}`,
  /** Lists of a category: its page, its feed, and the same-category lists of its articles. */
  categoryList: (id: number) => `category:${id}`,
  official: (id: number) => `official:${id}`,
  author: (id: number) => `author:${id}`,
  /** The published questions and answers: /hoi-dap, its topics and its search. */
  questions: "questions",
  question: (id: number) => `question:${id}`,
  /** The drafts put out for comments: /lay-y-kien, each draft's page and its published comments. */
  consultations: "consultations",
  /** The published documents: /van-ban (its lists and filters), each document's page, its feed. */
  documents: "documents",
  /** Pages that show a library image's text (alt, credit): an article page, for its featured image. */
  media: (id: number) => `media:${id}`,
} as const;

/**
 * The tag that every change of a slug under a reader path prefix expires (a page created, renamed or
 * deleted): lookups by slug (proxy.ts's redirects and missing pages) are kept under it.
 */
const slugTags = new Map<string, string>([
  ["chuyen-muc", tags.menu],
  ["lanh-dao", tags.officialsDirectory],
  ["tac-gia", tags.authors],
  ["hoi-dap", tags.questions],
  ["lay-y-kien", tags.consultations],
  ["van-ban", tags.documents],
]);

/** The slug tag of "/chuyen-muc/…", "/lanh-dao/…", "/tac-gia/…", "/hoi-dap/…" or "/lay-y-kien/…", or null for other paths. */
export function slugTagOf(pathname: string): string | null {
  return slugTags.get(pathname.split("/")[1] ?? "") ?? null;
}

export type Change =
  /** An article was created, saved, published, unpublished, scheduled or went live. */
  | {
      kind: "article";
      articleId: number;
      /** The categories it is or was listed in, each with its ancestors (old and new on a move). */
      categoryIds: number[];
      officialIds: number[];
      authorId: number;
      /** False for changes invisible to readers (a draft saved): only the article's own tag. */
      public: boolean;
    }
  | { kind: "category"; categoryIds: number[] }
  | { kind: "official"; officialId: number }
  /** The grouping or order of the directory changed (groups renamed, reordered, deleted). */
  | { kind: "officialsDirectory" }
  | { kind: "author"; userId: number }
  /** A library image's alt text, caption or credit was edited. */
  | { kind: "media"; mediaId: number }
  /** A work-schedule entry was created or changed; the leaders it concerns, before and after. */
  | { kind: "schedule"; officialIds: number[] }
  /**
   * A question was published, unpublished, or edited while published (public), or changed out of
   * readers' sight (not public: nothing expires). A reader sending a question changes nothing public.
   */
  | { kind: "question"; questionId: number; public: boolean }
  /** The topics of the questions were added or renamed. */
  | { kind: "questionTopics" }
  /**
   * A draft for comments was published, changed while shown, taken down, or one of its comments was
   * published or hidden (public); a draft changed out of readers' sight or a reader's comment arriving
   * (held for moderation) changes nothing public.
   */
  | { kind: "consultation"; public: boolean }
  /**
   * A document was published, withdrawn, or changed while published (its files and relations too:
   * a relation changes the status shown on the other document), or its type or issuing body renamed
   * (public); a document changed out of readers' sight changes nothing public.
   */
  | { kind: "document"; public: boolean }
  | { kind: "home" }
  | { kind: "banners" }
  | { kind: "settings" };

export function tagsFor(change: Change): string[] {
  switch (change.kind) {
    case "article":
      if (!change.public) return [tags.article(change.articleId)];
      return unique([
        tags.article(change.articleId),
        tags.home,
        tags.feeds,
        tags.sitemap,
        tags.search,
        tags.author(change.authorId),
        ...change.categoryIds.map(tags.categoryList),
        ...change.officialIds.map(tags.official),
      ]);
    case "category":
      return unique([tags.menu, tags.home, tags.feeds, tags.sitemap, ...change.categoryIds.map(tags.categoryList)]);
    case "official":
      return [tags.official(change.officialId), tags.officialsDirectory, tags.sitemap];
    case "officialsDirectory":
      return [tags.officialsDirectory];
    case "author":
      // The name shows on the author's page, on their article pages (tagged author:<id>) and as the
      // feeds' <dc:creator>; sitemaps, home and lists do not show it.
      return [tags.author(change.userId), tags.authors, tags.feeds];
    case "media":
      return [tags.media(change.mediaId)];
    case "schedule":
      // The week pages and feeds carry "schedule"; an official's page shows their week (official:<id>).
      return unique([tags.schedule, ...change.officialIds.map(tags.official)]);
    case "question":
      return change.public ? [tags.question(change.questionId), tags.questions] : [];
    case "questionTopics":
      return [tags.questions];
    case "consultation":
      return change.public ? [tags.consultations, tags.sitemap] : [];
    case "document":
      return change.public ? [tags.documents, tags.sitemap] : [];
    case "home":
      return [tags.home];
    case "banners":
      return [tags.banners, tags.home];
    case "settings":
      return [tags.settings, tags.menu, tags.home, tags.feeds];
  }
}

/** Expires every page the change affects, on every instance; the next reader gets a fresh render. */
export function invalidate(change: Change): void {
  const expired = tagsFor(change);
  for (const tag of expired) revalidateTag(tag, { expire: 0 });
  publishRevalidation(expired).catch((error: Error) => console.error(`Could not tell the other instances to expire ${expired.join(", ")}:`, error));
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
