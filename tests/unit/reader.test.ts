import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { pageNumbers } from "@/components/site/Pagination";
import { articleJsonLd, structuredHeadline } from "@/lib/articles/structured-data";
import { markDates, reviveDates } from "@/lib/cache/data";
import { newsSitemapDocument, rfc822, rssDocument, sitemapPlan, urlsetDocument, xmlEscape, xmlResponse } from "@/lib/feeds/xml";
import { DEFAULT_SITE_SETTINGS } from "@/lib/settings";
import { highlight, parseSearchParams, queryTerms, searchQueryOf } from "@/lib/search";

describe("search highlighting", () => {
  const marked = (text: string, q: string) =>
    highlight(text, q)
      .filter((r) => r.match)
      .map((r) => r.text);

  it("marks the words a query without diacritics matched, as printed", () => {
    expect(marked("Ban Thường vụ Tỉnh ủy họp phiên thường kỳ", "tinh uy")).toEqual(["Tỉnh ủy"]);
    expect(marked("Đại hội Đảng bộ tỉnh", "dang bo")).toEqual(["Đảng bộ"]);
  });

  it("marks a word spelt with the look-alike Ð (U+00D0), which the database folds to d and so matched", () => {
    expect(marked("Đại hội \u00D0ảng bộ tỉnh", "dang bo")).toEqual(["\u00D0ảng bộ"]);
  });

  it("treats ủy and uỷ as the same word, and ignores case", () => {
    expect(marked("Ban Thường vụ Tỉnh uỷ", "TỈNH ỦY")).toEqual(["Tỉnh uỷ"]);
  });

  it("keeps the text intact", () => {
    const text = "Sáng 23/3, Ban Thường vụ Tỉnh ủy họp.";
    expect(
      highlight(text, "ban tinh")
        .map((r) => r.text)
        .join(""),
    ).toBe(text);
  });

  it("folds the query into database terms", () => {
    expect(queryTerms("Bí thư  Tỉnh ủy!")).toEqual(["bi", "thu", "tinh", "uy"]);
    expect(queryTerms("  ,. ")).toEqual([]);
  });
});

describe("the search page's filters", () => {
  const node = (id: number, slug: string, parentId: number | null) => ({
    id,
    name: slug,
    slug,
    description: "",
    parentId,
    position: id,
    showInMenu: true,
    homePosition: null,
    seoTitle: null,
    seoDescription: null,
  });
  const categories = [node(1, "xay-dung-dang", null), node(2, "cong-tac-to-chuc", 1), node(3, "kinh-te", null)];

  it("search a category with its sub-categories", () => {
    const parsed = parseSearchParams({ q: "dang bo", "chuyen-muc": "xay-dung-dang" }, categories);
    expect(parsed.category).toBe("xay-dung-dang");
    expect(parsed.input.categoryIds).toEqual([1, 2]);
  });

  it("drop a category that no longer exists (an old link), searching every category as the form then shows, not none", () => {
    const parsed = parseSearchParams({ q: "dang bo", "chuyen-muc": "ten-cu-da-doi", trang: "2" }, categories);
    expect(parsed.category).toBe("");
    expect(parsed.input.categoryIds).toBeNull();
  });

  it("read the results page asked for, however far past the results (the page then says there are none)", () => {
    const page = (trang: string | string[] | undefined) => parseSearchParams({ q: "dang bo", trang }, categories).input.page;
    expect(page(undefined)).toBe(1);
    expect(page("2")).toBe(2);
    expect(page("26")).toBe(26);
    expect(page("600")).toBe(600);
    expect(page("99999")).toBe(99_999);
    // A repeated "trang" is read by its last value, as a category's listing is (proxy.ts judges the same one).
    expect(page(["2", "7"])).toBe(7);
  });

  it("read the words searched for as one NFC line of at most 200 characters (the results and the page title alike)", () => {
    expect(searchQueryOf({ q: ["  Tỉnh  ủy\n".normalize("NFD"), "khác"] })).toBe("Tỉnh ủy");
    expect(searchQueryOf({ q: "a".repeat(5000) })).toHaveLength(200);
    expect(parseSearchParams({ q: "a".repeat(5000) }, categories).q).toBe(searchQueryOf({ q: "a".repeat(5000) }));
  });
});

describe("feeds and sitemaps", () => {
  const parser = new XMLParser({ ignoreAttributes: false });
  const item = {
    id: 7,
    slug: "hop-phien-3-2022",
    title: 'Họp <phiên> & "kỳ" 3/2022',
    sapo: "Sáng 23/3",
    publishedAt: new Date("2022-03-23T01:30:00Z"),
    byline: "Trần Thị Thanh Mơ",
    category: { name: "Hoạt động của Tỉnh ủy" },
    author: { displayName: "Quản trị" },
  };

  it("writes valid RSS 2.0 with absolute links and RFC 822 dates", () => {
    const xml = rssDocument({ title: "Cổng", description: "Tin", path: "/", selfPath: "/rss.xml" }, [item]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const channel = parser.parse(xml).rss.channel;
    expect(channel.item.title).toBe(item.title);
    expect(channel.item.link).toMatch(/^https?:\/\/[^/]+\/tin\/hop-phien-3-2022-7$/);
    expect(channel.item.pubDate).toBe("Wed, 23 Mar 2022 01:30:00 GMT");
    expect(channel.lastBuildDate).toBe("Wed, 23 Mar 2022 01:30:00 GMT");
  });

  it("gives an item a guid that survives renaming the article (/tin/<id>, redirected to its slug)", () => {
    const guidOf = (slug: string) =>
      parser.parse(rssDocument({ title: "Cổng", description: "Tin", path: "/", selfPath: "/rss.xml" }, [{ ...item, slug }])).rss.channel.item.guid;
    expect(guidOf("hop-phien-3-2022")["#text"]).toMatch(/^https?:\/\/[^/]+\/tin\/7$/);
    expect(guidOf("hop-phien-3-2022-da-sua")["#text"]).toBe(guidOf("hop-phien-3-2022")["#text"]);
  });

  it("writes no build date for a feed with nothing in it (not 1970)", () => {
    const xml = rssDocument({ title: "Cổng", description: "Tin", path: "/", selfPath: "/rss.xml" }, []);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain("lastBuildDate");
    expect(xml).not.toContain("1970");
  });

  it("escapes XML and drops characters XML cannot carry", () => {
    expect(xmlEscape("a<b>&'\"\u0001")).toBe("a&lt;b&gt;&amp;&apos;&quot;");
    expect(rfc822(new Date("2026-11-27T00:00:00Z"))).toBe("Fri, 27 Nov 2026 00:00:00 GMT");
  });

  it("writes valid sitemaps and a Google News sitemap", () => {
    expect(XMLValidator.validate(urlsetDocument([{ path: "/", lastModified: new Date() }, { path: "/chuyen-muc/a&b" }]))).toBe(true);
    const news = newsSitemapDocument("Cổng", [item]);
    expect(XMLValidator.validate(news)).toBe(true);
    expect(parser.parse(news).urlset.url["news:news"]["news:title"]).toBe(item.title);
  });

  it("splits into an index beyond 50,000 URLs", () => {
    expect(sitemapPlan(100)).toEqual({ articleFiles: 1, needsIndex: false });
    expect(sitemapPlan(100_000)).toEqual({ articleFiles: 2, needsIndex: true });
    expect(sitemapPlan(100_001).articleFiles).toBe(3);
  });
});

describe("feed and sitemap responses", () => {
  const feed = "<rss><channel><title>Tin mới</title></channel></rss>";

  it("are asked for again on every poll (a publish shows at once) and answer an unchanged document with 304", async () => {
    const first = xmlResponse(new Request("http://localhost/rss.xml"), feed);
    expect(first.headers.get("cache-control")).toBe("public, no-cache");
    expect(await first.text()).toBe(feed);
    const etag = first.headers.get("etag")!;
    const unchanged = xmlResponse(new Request("http://localhost/rss.xml", { headers: { "if-none-match": etag } }), feed);
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe("");
    const changed = xmlResponse(new Request("http://localhost/rss.xml", { headers: { "if-none-match": etag } }), feed.replace("Tin mới", "Tin mới nhất"));
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
  });

  it("answers 304 to the tag sent back weak (W/, by a compressing proxy), in a list, or as *", () => {
    const etag = xmlResponse(new Request("http://localhost/rss.xml"), feed).headers.get("etag")!;
    const statusFor = (ifNoneMatch: string) => xmlResponse(new Request("http://localhost/rss.xml", { headers: { "if-none-match": ifNoneMatch } }), feed).status;
    expect(statusFor(`W/${etag}`)).toBe(304);
    expect(statusFor(`"other", ${etag}`)).toBe(304);
    expect(statusFor("*")).toBe(304);
    expect(statusFor('"other", W/"another"')).toBe(200);
  });
});

describe("structured data", () => {
  it("links the author to an author page only when the byline names the account that posted", () => {
    const article = {
      id: 7,
      slug: "hop-ban-thuong-vu",
      title: "Họp Ban Thường vụ",
      sapo: "Tóm tắt",
      publishedAt: new Date("2022-03-23T01:30:00Z"),
      updatedAt: new Date("2022-03-23T02:00:00Z"),
      author: { id: 3, slug: "quan-tri-vien", displayName: "Quản trị viên" },
      featuredImage: null,
      category: { id: 1, slug: "thoi-su", name: "Thời sự", parent: null },
    } as unknown as Parameters<typeof articleJsonLd>[0];
    const authorOf = (byline: string | null) => articleJsonLd({ ...article, byline }, DEFAULT_SITE_SETTINGS).author;
    expect(authorOf("Lê Văn Minh")).toEqual([{ "@type": "Person", name: "Lê Văn Minh" }]);
    expect(authorOf(null)).toEqual([{ "@type": "Person", name: "Quản trị viên", url: expect.stringMatching(/\/tac-gia\/quan-tri-vien$/) }]);
    expect(authorOf("Quản trị viên")).toEqual(authorOf(null));
  });

  it("keeps a headline of up to 110 characters whole, and ends a longer one at a word", () => {
    const short = "Ban Thường vụ Tỉnh ủy họp phiên thứ 3/2022";
    expect(structuredHeadline(short)).toBe(short);
    const long =
      "Ban Thường vụ Tỉnh ủy Nghệ An họp phiên thường kỳ tháng 3/2022, cho ý kiến về nhiều nội dung quan trọng liên quan đến công tác cán bộ và phát triển kinh tế";
    const headline = structuredHeadline(long);
    expect(headline.length).toBeLessThanOrEqual(110);
    expect(headline.endsWith("…")).toBe(true);
    const kept = headline.slice(0, -1);
    expect(long.startsWith(kept)).toBe(true);
    expect(long[kept.length]).toMatch(/[\s,]/);
  });
});

describe("pagination", () => {
  it("shows first, last and two pages around the current one, with gaps", () => {
    expect(pageNumbers(1, 3)).toEqual([1, 2, 3]);
    expect(pageNumbers(10, 50)).toEqual([1, null, 8, 9, 10, 11, 12, null, 50]);
    expect(pageNumbers(2, 50)).toEqual([1, 2, 3, 4, null, 50]);
  });
});

describe("the data cache", () => {
  it("brings dates back from its JSON, and leaves strings that only look like dates alone", () => {
    const stored = JSON.parse(
      JSON.stringify(markDates({ at: new Date("2022-03-23T01:30:00.000Z"), title: "2022-03-23T01:30:00.000Z", list: [{ d: new Date(0) }], none: null })),
    );
    const revived = reviveDates(stored) as { at: Date; title: string; list: { d: Date }[]; none: null };
    expect(revived.at).toBeInstanceOf(Date);
    expect(revived.at.toISOString()).toBe("2022-03-23T01:30:00.000Z");
    expect(revived.title).toBe("2022-03-23T01:30:00.000Z");
    expect(revived.list[0]!.d.getTime()).toBe(0);
    expect(revived.none).toBeNull();
  });
});

describe("addresses on this site", () => {
  it("refuses a SITE_URL without http(s):// with a message that says so", async () => {
    const { absoluteUrl } = await import("@/lib/site/url");
    const previous = process.env.SITE_URL;
    try {
      process.env.SITE_URL = "nghean.dcs.vn";
      expect(() => absoluteUrl("/rss.xml")).toThrow(/SITE_URL must be the site's full address with http:\/\/ or https:\/\//);
      process.env.SITE_URL = "ftp://nghean.dcs.vn";
      expect(() => absoluteUrl("/rss.xml")).toThrow(/SITE_URL/);
      process.env.SITE_URL = " https://nghean.dcs.vn/ ";
      expect(absoluteUrl("/rss.xml")).toBe("https://nghean.dcs.vn/rss.xml");
    } finally {
      if (previous === undefined) delete process.env.SITE_URL;
      else process.env.SITE_URL = previous;
    }
  });

  it("keeps the site's own absolute URLs as paths and other addresses as they are", async () => {
    const { sitePathOf } = await import("@/lib/site/url");
    const previous = process.env.SITE_URL;
    process.env.SITE_URL = "https://nghean.dcs.vn/";
    try {
      expect(sitePathOf("https://nghean.dcs.vn/api/media/2026/11/anh-640.webp")).toBe("/api/media/2026/11/anh-640.webp");
      expect(sitePathOf("HTTPS://NGHEAN.DCS.VN/tin/bai-1?trang=2#binh-luan")).toBe("/tin/bai-1?trang=2#binh-luan");
      expect(sitePathOf("http://nghean.dcs.vn/api/media/a.png")).toBe("http://nghean.dcs.vn/api/media/a.png");
      expect(sitePathOf("https://dangcongsan.vn/anh.png")).toBe("https://dangcongsan.vn/anh.png");
      expect(sitePathOf("https://nghean.dcs.vn.evil.example/anh.png")).toBe("https://nghean.dcs.vn.evil.example/anh.png");
      expect(sitePathOf("/api/media/a.png")).toBe("/api/media/a.png");
      // Its path would read as another site's address ("//evil.example/…"): kept as typed.
      expect(sitePathOf("https://nghean.dcs.vn//evil.example/anh.png")).toBe("https://nghean.dcs.vn//evil.example/anh.png");
      expect(sitePathOf("https://nghean.dcs.vn/\\evil.example/anh.png")).toBe("https://nghean.dcs.vn/\\evil.example/anh.png");
    } finally {
      if (previous === undefined) delete process.env.SITE_URL;
      else process.env.SITE_URL = previous;
    }
  });
});
