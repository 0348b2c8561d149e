import sharp from "sharp";
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/cache", async () => (await import("../support/next-cache")).nextCacheRecordingInto([]));

import { loadForEditor } from "@/lib/articles/admin-queries";
import { autosaveArticle, createArticle, saveArticle } from "@/lib/articles/editing";
import { findArticleWithEverything } from "@/lib/articles/page-query";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { uploadMedia } from "@/lib/media/library";
import type { Actor } from "@/lib/people/policy";
import { ensureStaffAccount, makeArticle } from "../support/newsroom";

let categoryId: number;
let reporter: Actor;
let libraryImage: { type: "image"; attrs: { src: string; alt: string } };

const paragraph = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
const image = (src: string, alt: string) => ({ type: "image", attrs: { src, alt } });
const article = (title: string, ...content: unknown[]) => ({ title, sapo: "Sapo", categoryId, body: { type: "doc", content } });

beforeAll(async () => {
  categoryId = (await db.category.create({ data: { name: "Xã hội", slug: "xa-hoi" } })).id;
  reporter = await ensureStaffAccount({ email: "pv-anh@toasoan.vn", displayName: "Lê Văn Ảnh", role: "REPORTER", password: "mat-khau-pv", slug: "pv-anh" });
  const data = await sharp({ create: { width: 400, height: 300, channels: 3, background: "#468" } })
    .png()
    .toBuffer();
  const media = await uploadMedia(reporter, { name: "cau.png", data }, { alt: "Cầu Rồng" });
  libraryImage = image(media.src, "Cầu Rồng") as typeof libraryImage;
});

/** The body's refusal messages of a save that was refused, by field. */
async function refusal(save: Promise<unknown>): Promise<Record<string, string[]>> {
  const error = await save.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors!;
}

describe("a body image from outside the media library", () => {
  it("is refused on create, save and autosave, the message naming the picture", async () => {
    const pasted = [
      paragraph("Mở đầu"),
      libraryImage,
      image("https://elsewhere.example/anh/a.png", "Toàn cảnh"),
      paragraph("Giữa"),
      image("data:image/png;base64,iVBORw0KGgo=", "Biểu đồ"),
    ];
    const created = await refusal(createArticle(reporter, article("Ảnh dán từ nơi khác", ...pasted)));
    expect(created).toEqual({
      "body.content.2.attrs.src": [
        "Ảnh thứ 2 (“Toàn cảnh”, a.png từ elsewhere.example) không thuộc thư viện ảnh: trang bài viết chỉ hiện ảnh của thư viện. Hãy tải ảnh lên thư viện rồi chèn lại, hoặc xoá ảnh đó.",
      ],
      "body.content.4.attrs.src": [
        "Ảnh thứ 3 (“Biểu đồ”, ảnh nhúng data:image/png) không thuộc thư viện ảnh: trang bài viết chỉ hiện ảnh của thư viện. Hãy tải ảnh lên thư viện rồi chèn lại, hoặc xoá ảnh đó.",
      ],
    });

    const { id, version } = await createArticle(reporter, article("Ảnh của thư viện", paragraph("Mở đầu"), libraryImage));
    const saved = await refusal(
      saveArticle(reporter, id, { ...article("Ảnh của thư viện", libraryImage, image("//evil.example/x.png", "X")), expectedVersion: version }),
    );
    expect(saved["body.content.1.attrs.src"]).toEqual([expect.stringMatching(/^Ảnh thứ 2 \(“X”, x\.png từ evil\.example\) không thuộc thư viện ảnh/)]);
    const autosaved = await refusal(autosaveArticle(reporter, id, { ...article("Ảnh của thư viện", image("x", "Ảnh tương đối")), basedOnVersion: version }));
    expect(autosaved["body.content.0.attrs.src"]).toEqual([expect.stringMatching(/^Ảnh thứ 1 \(“Ảnh tương đối”, x\) không thuộc thư viện ảnh/)]);

    const stored = await db.article.findUniqueOrThrow({ where: { id } });
    expect(stored.version).toBe(version);
    expect(stored.body).toEqual({ type: "doc", content: [paragraph("Mở đầu"), libraryImage] });
  });

  it("stored before the schema refused it is left out of the reader page and the editor; the rest of the body stays", async () => {
    const { id } = await makeArticle(reporter.id, categoryId, "PUBLISHED", "Bài cũ có ảnh ngoài");
    await db.article.update({
      where: { id },
      data: { body: { type: "doc", content: [paragraph("Mở đầu"), image("https://elsewhere.example/a.png", "Ảnh ngoài"), libraryImage, paragraph("Kết")] } },
    });
    const kept = { type: "doc", content: [paragraph("Mở đầu"), libraryImage, paragraph("Kết")] };
    expect((await findArticleWithEverything(id, { publishedOnly: true }))?.body).toEqual(kept);
    expect((await loadForEditor(reporter, id)).article.body).toEqual(kept);
  });
});
