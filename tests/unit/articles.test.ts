import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ArticleBody } from "@/components/article/ArticleBody";
import { bodyFromParagraphs, bodySchema, bodyText, parseStoredBody } from "@/lib/articles/body";
import { articleInputSchema, autosaveInputSchema, pickRevisionFields, readRevisionFields, revisionFieldsSchema } from "@/lib/articles/input";
import { articlePath, parseArticleParam } from "@/lib/articles/paths";
import { mergeNewest } from "@/lib/articles/queries";

describe("article paths", () => {
  it("puts the id after the slug", () => {
    expect(articlePath({ id: 42, slug: "ban-thuong-vu-tinh-uy" })).toBe("/tin/ban-thuong-vu-tinh-uy-42");
  });

  it("reads the id from the end, whatever the slug", () => {
    expect(parseArticleParam("ban-thuong-vu-tinh-uy-hop-phien-thuong-ky-thang-3-2022-17")).toEqual({
      slug: "ban-thuong-vu-tinh-uy-hop-phien-thuong-ky-thang-3-2022",
      id: 17,
    });
    expect(parseArticleParam("17")).toEqual({ slug: "", id: 17 });
    expect(parseArticleParam("khong-co-so")).toBeNull();
    expect(parseArticleParam("abc-99999999999999")).toBeNull();
    // A malformed escape from a mangled link is not a server error.
    expect(parseArticleParam("abc-%E0%A4%A-12")).toEqual({ slug: "abc-%E0%A4%A", id: 12 });
  });
});

describe("article body", () => {
  it("accepts the editor's allowed nodes and marks", () => {
    const body = {
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Tiêu đề" }] },
        {
          type: "paragraph",
          content: [{ type: "text", text: "Xem", marks: [{ type: "bold" }, { type: "link", attrs: { href: "https://nghean.dcs.vn" } }] }],
        },
        { type: "image", attrs: { src: "/api/media/a.jpg", alt: "Toàn cảnh phiên họp" } },
      ],
    };
    expect(bodySchema.safeParse(body).success).toBe(true);
  });

  it("refuses scripts, javascript: links, unknown nodes and images without alt text", () => {
    const bad = [
      { type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] },
      { type: "script", content: [] },
      { type: "image", attrs: { src: "/api/media/a.jpg", alt: " " } },
      { type: "heading", attrs: { level: 1 }, content: [] },
    ];
    for (const node of bad) expect(bodySchema.safeParse({ type: "doc", content: [node] }).success).toBe(false);
  });

  it("stores only the attributes it knows on links, headings and table cells", () => {
    const crafted = {
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2, id: "x\u0000", style: "color:red" }, content: [{ type: "text", text: "Tiêu đề" }] },
        {
          type: "paragraph",
          attrs: { textAlign: "center" },
          content: [
            {
              type: "text",
              text: "Xem",
              marks: [
                { type: "bold", attrs: { x: 1 } },
                { type: "link", attrs: { href: "https://nghean.dcs.vn", target: "_blank", onclick: "alert(1)\u0000" } },
              ],
            },
          ],
        },
        {
          type: "table",
          content: [
            {
              type: "tableRow",
              content: [{ type: "tableCell", attrs: { colspan: 2, rowspan: 1, colwidth: null, style: "x\u0000" }, content: [{ type: "paragraph" }] }],
            },
          ],
        },
      ],
    };
    expect(bodySchema.parse(crafted)).toEqual({
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Tiêu đề" }] },
        { type: "paragraph", content: [{ type: "text", text: "Xem", marks: [{ type: "bold" }, { type: "link", attrs: { href: "https://nghean.dcs.vn" } }] }] },
        {
          type: "table",
          content: [{ type: "tableRow", content: [{ type: "tableCell", attrs: { colspan: 2, rowspan: 1 }, content: [{ type: "paragraph" }] }] }],
        },
      ],
    });
  });

  it("NFC-normalises text and extracts plain text", () => {
    const body = bodyFromParagraphs(["Nghệ An".normalize("NFD"), "  ", "Tỉnh ủy"]);
    expect(body.content).toHaveLength(2);
    expect(bodyText(body)).toBe("Nghệ An\nTỉnh ủy");
    expect(bodyText(parseStoredBody({ type: "doc", content: [{ type: "text", text: "Vinh".normalize("NFD") }] }))).toBe("Vinh");
  });

  it("keeps a body image's caption and photo credit, NFC on one line, and drops any other attribute", () => {
    const image = {
      type: "image",
      attrs: {
        src: "/api/media/a.webp",
        alt: " Toàn cảnh ".normalize("NFD"),
        title: "Quang cảnh\nphiên họp".normalize("NFD"),
        credit: "Ảnh: Thành Duy".normalize("NFD"),
        onerror: "alert(1)",
        width: "10px",
      },
    };
    const parsed = bodySchema.parse({ type: "doc", content: [image] });
    expect(parsed.content[0]).toEqual({
      type: "image",
      attrs: { src: "/api/media/a.webp", alt: "Toàn cảnh", title: "Quang cảnh phiên họp", credit: "Thành Duy" },
    });
    const blank = bodySchema.parse({ type: "doc", content: [{ type: "image", attrs: { src: "/api/media/a.webp", alt: "A", title: " ", credit: "" } }] });
    expect(blank.content[0]).toEqual({ type: "image", attrs: { src: "/api/media/a.webp", alt: "A", title: null, credit: null } });
    expect(
      bodySchema.safeParse({ type: "doc", content: [{ type: "image", attrs: { src: "/api/media/a.webp", alt: "A", credit: "x".repeat(201) } }] }).success,
    ).toBe(false);
  });

  it("keeps a body image's renditions from the media library and its pixel size, and drops foreign ones", () => {
    const srcset = "/api/media/2026/11/a-320.webp 320w, /api/media/2026/11/a-640.webp 640w, /api/media/2026/11/a.jpg 900w";
    const parsed = bodySchema.parse({
      type: "doc",
      content: [
        { type: "image", attrs: { src: "/api/media/2026/11/a-640.webp", alt: "Toàn cảnh", srcset, width: 900, height: "600" } },
        { type: "image", attrs: { src: "/api/media/b.webp", alt: "Dán từ web", srcset: "https://example.com/x.jpg 100w", width: -5, height: "cao" } },
      ],
    });
    expect(parsed.content[0]).toMatchObject({ attrs: { srcset, width: 900, height: 600 } });
    expect(parsed.content[1]).toEqual({ type: "image", attrs: { src: "/api/media/b.webp", alt: "Dán từ web" } });

    const html = renderToStaticMarkup(createElement(ArticleBody, { body: parsed }));
    const [withRenditions, plain] = html.match(/<img[^>]*>/g)!;
    expect(withRenditions).toContain(`srcSet="${srcset}"`);
    expect(withRenditions).toContain('sizes="(min-width: 960px) 760px, 100vw"');
    expect(withRenditions).toMatch(/width="900" height="600"/);
    expect(withRenditions).toContain('loading="lazy"');
    expect(plain).not.toMatch(/srcSet|sizes|width=/);
  });

  it("renders body images as figures captioned '<caption>. Ảnh: <credit>'", () => {
    const body = bodySchema.parse({
      type: "doc",
      content: [
        { type: "image", attrs: { src: "/api/media/a.webp", alt: "Toàn cảnh", title: "Quang cảnh phiên họp", credit: "Thành Duy" } },
        { type: "image", attrs: { src: "/api/media/b.webp", alt: "Đại biểu", credit: "Thanh Mơ" } },
        { type: "image", attrs: { src: "/api/media/c.webp", alt: "Không chú thích" } },
      ],
    });
    const html = renderToStaticMarkup(createElement(ArticleBody, { body }));
    expect([...html.matchAll(/<figcaption>(.*?)<\/figcaption>/g)].map((m) => m[1])).toEqual(["Quang cảnh phiên họp. Ảnh: Thành Duy", "Ảnh: Thanh Mơ"]);
    expect(html.match(/<figure/g)).toHaveLength(3);
  });

  it("keeps the start number of an ordered list that continues after a paragraph", () => {
    const item = (text: string) => ({ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
    const body = bodySchema.parse({
      type: "doc",
      content: [
        { type: "orderedList", attrs: { start: 1, type: null }, content: [item("Một"), item("Hai")] },
        { type: "paragraph", content: [{ type: "text", text: "Xen giữa" }] },
        { type: "orderedList", attrs: { start: 3, type: null }, content: [item("Ba")] },
      ],
    });
    expect(body.content[2]).toMatchObject({ type: "orderedList", attrs: { start: 3 } });
    const html = renderToStaticMarkup(createElement(ArticleBody, { body }));
    expect(html.match(/<ol[^>]*>/g)).toEqual(["<ol>", '<ol start="3">']);
    expect(bodySchema.safeParse({ type: "doc", content: [{ type: "orderedList", attrs: { start: 0 }, content: [item("x")] }] }).success).toBe(false);
  });

  it("renders a damaged stored body as empty instead of failing", () => {
    expect(parseStoredBody("<p>html</p>")).toEqual({ type: "doc", content: [] });
  });
});

describe("related articles merged from each official's newest", () => {
  const teaser = (id: number, day: number) => ({
    id,
    slug: `bai-${id}`,
    title: `Bài ${id}`,
    sapo: "",
    publishedAt: new Date(Date.UTC(2026, 0, day)),
    category: { name: "Thời sự", slug: "thoi-su" },
    featuredImage: null,
  });

  it("lists each article once, newest first, without the excluded ones, up to the limit", () => {
    const quy = [teaser(9, 20), teaser(7, 18), teaser(5, 10)];
    const trung = [teaser(8, 19), teaser(7, 18), teaser(1, 2)];
    expect(mergeNewest([quy, trung], new Set([8]), 3).map((a) => a.id)).toEqual([9, 7, 5]);
    expect(mergeNewest([quy, trung], new Set(), 10).map((a) => a.id)).toEqual([9, 8, 7, 5, 1]);
    expect(mergeNewest([quy, trung], new Set([8, 9, 7]), 10).map((a) => a.id)).toEqual([5, 1]);
    expect(mergeNewest([], new Set([1]), 6)).toEqual([]);
  });
});

describe("the fields a revision keeps besides title, sapo and body", () => {
  it("are every field a save accepts (one list: the save schema), and an autosave accepts them all", () => {
    const saved = Object.keys(articleInputSchema.shape).filter((key) => !["title", "sapo", "body"].includes(key));
    expect(Object.keys(revisionFieldsSchema.shape).sort()).toEqual(saved.sort());
    expect(Object.keys(autosaveInputSchema.shape).sort()).toEqual([...Object.keys(articleInputSchema.shape), "basedOnVersion"].sort());
  });

  it("an autosave keeps an unfinished form, NFC-normalised like a save", () => {
    const typed = autosaveInputSchema.parse({
      title: "  ",
      sapo: "",
      categoryId: "",
      body: { type: "doc" },
      seoTitle: " Hội nghị   Tỉnh ủy ".normalize("NFD"),
      byline: "",
      officialIds: ["3"],
      basedOnVersion: "2",
    });
    expect(typed).toMatchObject({ title: "", categoryId: null, seoTitle: "Hội nghị Tỉnh ủy", byline: null, officialIds: [3], slug: "", basedOnVersion: 2 });
    const fields = pickRevisionFields(typed);
    expect(fields).not.toHaveProperty("title");
    expect(fields).not.toHaveProperty("basedOnVersion");
    expect(readRevisionFields(JSON.parse(JSON.stringify(fields)))).toEqual(fields);
  });

  it("a revision without them (recorded before they were kept) reads as null", () => {
    expect(readRevisionFields(null)).toBeNull();
    expect(readRevisionFields({ slug: 1 })).toBeNull();
  });
});
