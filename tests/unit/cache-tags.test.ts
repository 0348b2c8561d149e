import { describe, expect, it } from "vitest";
import { tags, tagsFor } from "@/lib/cache/tags";

describe("which cached pages a change expires", () => {
  const publish = { kind: "article" as const, articleId: 42, categoryIds: [7, 2], officialIds: [3, 5], authorId: 9, public: true };

  it("a publish expires the article, its category lists with ancestors, home, feeds, sitemaps, search, author and mentioned officials", () => {
    expect(new Set(tagsFor(publish))).toEqual(
      new Set(["article:42", "category:7", "category:2", "home", "feeds", "sitemap", "search", "author:9", "official:3", "official:5"]),
    );
  });

  it("a draft save touches only the article itself (the staff preview), nothing readers see", () => {
    expect(tagsFor({ ...publish, public: false })).toEqual(["article:42"]);
  });

  it("a category change expires the menu, home, feeds, sitemaps and the category lists", () => {
    expect(new Set(tagsFor({ kind: "category", categoryIds: [4] }))).toEqual(new Set(["menu", "home", "feeds", "sitemap", "category:4"]));
  });

  it("an official's edit expires the profile, the directory and the sitemap", () => {
    expect(new Set(tagsFor({ kind: "official", officialId: 8 }))).toEqual(new Set(["official:8", "officials", "sitemap"]));
  });

  it("an author's edit expires the profile, their article pages, slug lookups and the feeds (<dc:creator>)", () => {
    expect(new Set(tagsFor({ kind: "author", userId: 2 }))).toEqual(new Set([tags.author(2), tags.authors, tags.feeds]));
  });

  it("a library image's edit expires the pages that show its text (articles featuring it)", () => {
    expect(tagsFor({ kind: "media", mediaId: 12 })).toEqual([tags.media(12)]);
  });

  it("banners and settings reach the pages that show them, never duplicated", () => {
    expect(tagsFor({ kind: "banners" })).toEqual(["banners", "home"]);
    expect(tagsFor({ kind: "settings" })).toEqual(["settings", "menu", "home", "feeds"]);
    const many = tagsFor({ ...publish, categoryIds: [1, 1, 1], officialIds: [2, 2] });
    expect(many.length).toBe(new Set(many).size);
  });

  it("a draft for comments expires its pages and the sitemap only when readers see the change", () => {
    expect(new Set(tagsFor({ kind: "consultation", public: true }))).toEqual(new Set([tags.consultations, tags.sitemap]));
    expect(tagsFor({ kind: "consultation", public: false })).toEqual([]);
  });
});
