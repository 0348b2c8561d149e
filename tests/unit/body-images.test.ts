import { getSchema } from "@tiptap/core";
import { Slice } from "@tiptap/pm/model";
import { EditorState } from "@tiptap/pm/state";
import { describe, expect, it } from "vitest";
import { editorExtensions } from "@/components/editor/extensions";
import { replacePastedImage, screenPastedImages } from "@/components/editor/pasted-images";
import { bodySchema, parseStoredBody } from "@/lib/articles/body";
import { dataUrlImage, describeImage, imageFileName, imageSourceKind } from "@/lib/articles/body-images";

const image = (src: string, alt = "Toàn cảnh") => ({ type: "image", attrs: { src, alt } });
const paragraph = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
const doc = (...content: unknown[]) => ({ type: "doc", content });
/** A 1×1 PNG. */
const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

/** The refusal messages of a body, by the path of the field they are on. */
function refusals(body: unknown): Record<string, string[]> {
  const parsed = bodySchema.safeParse(body);
  expect(parsed.success).toBe(false);
  const out: Record<string, string[]> = {};
  for (const issue of parsed.error!.issues) (out[issue.path.join(".")] ??= []).push(issue.message);
  return out;
}

describe("a body image's address", () => {
  it("from the media library is stored, an original or a rendition", () => {
    const body = doc(image("/api/media/2026/11/3f1c.jpg"), image("/api/media/2026/11/3f1c-640.webp"), image("/api/media/minh-hoa/bieu-do-1a2b.png"));
    expect(bodySchema.parse(body).content).toHaveLength(3);
  });

  it("from anywhere else is refused, each picture named by its place, alt text and address", () => {
    const body = doc(
      paragraph("Mở đầu"),
      image("/api/media/2026/11/a.jpg"),
      image("https://elsewhere.example/anh/a.png?w=600", "Cầu Rồng"),
      image("//evil.example/x.png"),
      image("x", ""),
      {
        type: "table",
        content: [{ type: "tableRow", content: [{ type: "tableCell", content: [image("data:image/png;base64," + PNG, "Biểu đồ")] }] }],
      },
      image("/media/cu.jpg", "Ảnh cũ"),
      image("/api/media/../../etc/passwd%00"),
    );
    const messages = refusals(body);
    expect(Object.keys(messages)).toEqual([
      "content.2.attrs.src",
      "content.3.attrs.src",
      "content.4.attrs.src",
      "content.5.content.0.content.0.content.0.attrs.src",
      "content.6.attrs.src",
      "content.7.attrs.src",
    ]);
    expect(messages["content.2.attrs.src"]).toEqual([
      "Ảnh thứ 2 (“Cầu Rồng”, a.png từ elsewhere.example) không thuộc thư viện ảnh: trang bài viết chỉ hiện ảnh của thư viện. Hãy tải ảnh lên thư viện rồi chèn lại, hoặc xoá ảnh đó.",
    ]);
    expect(messages["content.3.attrs.src"]![0]).toMatch(/^Ảnh thứ 3 \(“Toàn cảnh”, x\.png từ evil\.example\) không thuộc thư viện ảnh/);
    expect(messages["content.4.attrs.src"]![0]).toMatch(/^Ảnh thứ 4 \(x\) không thuộc thư viện ảnh/);
    expect(messages["content.5.content.0.content.0.content.0.attrs.src"]![0]).toMatch(/^Ảnh thứ 5 \(“Biểu đồ”, ảnh nhúng data:image\/png\) không thuộc/);
    expect(messages["content.6.attrs.src"]![0]).toMatch(/^Ảnh thứ 6 \(“Ảnh cũ”, cu\.jpg\)/);
  });

  it("missing or not text is refused by name too", () => {
    const messages = refusals(doc({ type: "image", attrs: { alt: "Không địa chỉ" } }, { type: "image", attrs: { src: 5 } }, { type: "image" }));
    expect(messages["content.0.attrs.src"]![0]).toMatch(/^Ảnh thứ 1 \(“Không địa chỉ”, không có địa chỉ\)/);
    expect(messages["content.1.attrs.src"]![0]).toMatch(/^Ảnh thứ 2 \(không có địa chỉ\)/);
    expect(messages["content.2.attrs.src"]![0]).toMatch(/^Ảnh thứ 3 \(không có địa chỉ\)/);
  });

  it("from outside, in a stored body, drops that image on read and keeps the rest of the body", () => {
    const stored = doc(
      paragraph("Mở đầu"),
      image("https://elsewhere.example/a.png"),
      image("/api/media/2026/11/a.jpg"),
      { type: "table", content: [{ type: "tableRow", content: [{ type: "tableCell", content: [image("//evil.example/x.png")] }] }] },
      paragraph("Kết"),
    );
    expect(parseStoredBody(stored)).toEqual(
      doc(
        paragraph("Mở đầu"),
        image("/api/media/2026/11/a.jpg"),
        { type: "table", content: [{ type: "tableRow", content: [{ type: "tableCell", content: [{ type: "paragraph" }] }] }] },
        paragraph("Kết"),
      ),
    );
  });
});

describe("naming a picture", () => {
  it("tells the library's, data: and other addresses apart", () => {
    expect(imageSourceKind("/api/media/2026/11/a.jpg")).toBe("library");
    expect(imageSourceKind(" DATA:image/png;base64,AAAA")).toBe("data");
    for (const src of ["https://elsewhere.example/a.png", "//evil.example/x.png", "x", "/media/a.jpg", "/api/media/a b.jpg", "", null]) {
      expect(imageSourceKind(src)).toBe("outside");
    }
  });

  it("says its file name and site, or what kind of picture it is", () => {
    expect(imageFileName("https://elsewhere.example/anh/c%E1%BA%A7u.png?w=1#x")).toBe("cầu.png từ elsewhere.example");
    expect(imageFileName("//evil.example/x.png")).toBe("x.png từ evil.example");
    expect(imageFileName("https://elsewhere.example")).toBe("elsewhere.example");
    expect(imageFileName("images/a%ZZ.gif")).toBe("a%ZZ.gif");
    expect(imageFileName("data:image/jpeg;base64,/9j/")).toBe("ảnh nhúng data:image/jpeg");
    expect(imageFileName("  ")).toBe("không có địa chỉ");
    expect(imageFileName(`https://elsewhere.example/${"a".repeat(200)}.png`)).toHaveLength(80);
    expect(describeImage(2, " Cầu Rồng ", "x")).toBe("Ảnh thứ 2 (“Cầu Rồng”, x)");
    expect(describeImage(1, "", "x")).toBe("Ảnh thứ 1 (x)");
  });

  it("reads the bytes of a base64 data: image, and nothing else", () => {
    const png = dataUrlImage(`data:image/png;base64,${PNG}`)!;
    expect(png.type).toBe("image/png");
    expect(png.name).toBe("anh-dan.png");
    expect([...png.bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(dataUrlImage(`data:image/jpeg;name=a.jpg;base64,/9j/\n4A==`)).toMatchObject({
      type: "image/jpeg",
      name: "anh-dan.jpg",
      bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0]),
    });
    expect(dataUrlImage("data:image/svg+xml,<svg></svg>")).toBeNull();
    expect(dataUrlImage("data:image/png;base64,@@@")).toBeNull();
    expect(dataUrlImage("data:image/png;base64,")).toBeNull();
    expect(dataUrlImage("https://elsewhere.example/a.png")).toBeNull();
  });
});

describe("a paste's images in the editor", () => {
  const schema = getSchema(editorExtensions);
  const node = (json: unknown) => schema.nodeFromJSON(json);
  const dataSrc = `data:image/png;base64,${PNG}`;

  it("keeps the library's, keeps data: ones to upload and drops the others by name", () => {
    const pasted = node(
      doc(
        paragraph("Mở đầu"),
        image("/api/media/2026/11/a.jpg"),
        image("https://elsewhere.example/a.png"),
        { type: "image", attrs: { src: dataSrc, alt: "", title: "Biểu đồ quý" } },
        image(dataSrc, "cùng ảnh"),
        image("x"),
        paragraph("Kết"),
      ),
    );
    const { slice, uploads, dropped } = screenPastedImages(new Slice(pasted.content, 1, 1));
    expect(dropped).toEqual(["a.png từ elsewhere.example", "x"]);
    expect(uploads).toEqual([{ src: dataSrc, alt: "", title: "Biểu đồ quý", credit: null }]);
    expect(slice.content.toJSON().map((n: { type: string; attrs?: { src: string } }) => n.attrs?.src ?? n.type)).toEqual([
      "paragraph",
      "/api/media/2026/11/a.jpg",
      dataSrc,
      dataSrc,
      "paragraph",
    ]);
    expect([slice.openStart, slice.openEnd]).toEqual([1, 1]);
  });

  it("leaves a table cell that held only a dropped image valid, and open depths no deeper than what is left", () => {
    const cell = (content: unknown[]) => ({ type: "tableRow", content: [{ type: "tableCell", content }] });
    const pasted = node(doc({ type: "table", content: [cell([image("//evil.example/x.png")])] }));
    const { slice, dropped } = screenPastedImages(new Slice(pasted.content, 0, 0));
    expect(dropped).toEqual(["x.png từ evil.example"]);
    expect(slice.content.firstChild!.firstChild!.firstChild!.toJSON()).toEqual({
      type: "tableCell",
      attrs: expect.anything(),
      content: [{ type: "paragraph" }],
    });
    slice.content.forEach((n) => n.check());

    const open = screenPastedImages(new Slice(node(doc(image("x"))).content, 1, 1));
    expect(open.slice.content.size).toBe(0);
    expect([open.slice.openStart, open.slice.openEnd]).toEqual([0, 0]);
  });

  it("returns a paste without outside images as it came", () => {
    const slice = new Slice(node(doc(paragraph("Chỉ chữ"), image("/api/media/a.jpg"))).content, 1, 0);
    expect(screenPastedImages(slice)).toEqual({ slice, uploads: [], dropped: [] });
  });

  it("puts the uploaded library image in place of every copy of the data: picture, or removes them", () => {
    const state = EditorState.create({
      schema,
      doc: node(doc(paragraph("Mở đầu"), { type: "image", attrs: { src: dataSrc, alt: "", title: "Biểu đồ quý" } }, paragraph("Giữa"), image(dataSrc))),
    });
    const library = {
      src: "/api/media/2026/11/b.png",
      srcset: "/api/media/2026/11/b.png 1w",
      width: 1,
      height: 1,
      alt: "Ảnh dán từ bộ nhớ tạm",
      caption: "Biểu đồ quý",
      credit: null,
    };
    const replaced = replacePastedImage(state, dataSrc, library)!;
    expect(replaced.getMeta("addToHistory")).toBe(false);
    const images: Record<string, unknown>[] = [];
    replaced.doc.descendants((n) => void (n.type.name === "image" && images.push(n.attrs)));
    expect(images).toEqual([
      expect.objectContaining({ src: library.src, srcset: library.srcset, width: 1, height: 1, alt: library.alt, title: "Biểu đồ quý", credit: null }),
      expect.objectContaining({ src: library.src, alt: "Toàn cảnh", title: "Biểu đồ quý" }),
    ]);
    expect(bodySchema.safeParse(replaced.doc.toJSON()).success).toBe(true);

    const removed = replacePastedImage(state, dataSrc, null)!;
    expect(removed.doc.toJSON()).toEqual(doc(paragraph("Mở đầu"), paragraph("Giữa")));
    expect(replacePastedImage(state, "data:image/png;base64,AAAA", null)).toBeNull();

    const alone = EditorState.create({ schema, doc: node(doc(image(dataSrc))) });
    const emptied = replacePastedImage(alone, dataSrc, null)!.doc;
    emptied.check();
    expect(emptied.toJSON()).toEqual({ type: "doc", content: [{ type: "paragraph" }] });
  });
});
