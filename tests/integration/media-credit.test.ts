import sharp from "sharp";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { deleteMedia, findGeneratedImage, pruneGeneratedImages, searchMedia, storeGeneratedImage, updateMediaMeta, uploadMedia } from "@/lib/media/library";
import { readMediaFile } from "@/lib/media/serve";
import { mediaUrl, parseVariants } from "@/lib/media/urls";
import type { Actor } from "@/lib/people/policy";
import { ensureStaffAccount } from "../support/newsroom";

const revalidated: string[] = [];
vi.mock("next/cache", () => ({ revalidateTag: (tag: string) => revalidated.push(tag) }));

let reporter: Actor;
let editor: Actor;
const png = () =>
  sharp({ create: { width: 400, height: 300, channels: 3, background: "#a50e13" } })
    .png()
    .toBuffer();

beforeAll(async () => {
  reporter = await ensureStaffAccount({ email: "pv@toasoan.vn", displayName: "Phóng viên", role: "REPORTER", password: "mat-khau-pv", slug: "pv" });
  editor = await ensureStaffAccount({ email: "btv@toasoan.vn", displayName: "Biên tập viên", role: "EDITOR", password: "mat-khau-btv", slug: "btv" });
});

/** An edit from a form loaded now: it names the stored value of each field it writes. */
async function edit(actor: Actor | null, id: number, changes: Record<string, string>) {
  const stored = await db.media.findUniqueOrThrow({ where: { id }, select: { alt: true, caption: true, credit: true } });
  const expected = Object.fromEntries(Object.keys(changes).map((field) => [field, stored[field as keyof typeof stored]]));
  return updateMediaMeta(actor, id, { ...changes, expected });
}

describe("who may edit an image's alt text, caption and credit", () => {
  it("editors any image; a reporter only the images they uploaded", async () => {
    const own = await uploadMedia(reporter, { name: "cua-toi.png", data: await png() }, { alt: "Ảnh của phóng viên" });
    const other = await uploadMedia(editor, { name: "cua-bien-tap.png", data: await png() }, { alt: "Ảnh của biên tập" });
    const otherReporter = await ensureStaffAccount({
      email: "pv2@toasoan.vn",
      displayName: "Phóng viên khác",
      role: "REPORTER",
      password: "mat-khau-pv2",
      slug: "pv2",
    });
    await expect(edit(reporter, own.id, { alt: "Ảnh của phóng viên (sửa)" })).resolves.toMatchObject({ alt: "Ảnh của phóng viên (sửa)" });
    await expect(edit(otherReporter, own.id, { alt: "Sửa trộm" })).rejects.toMatchObject({ status: 403 });
    await expect(edit(reporter, other.id, { alt: "Sửa trộm" })).rejects.toMatchObject({ status: 403 });
    await expect(edit(null, own.id, { alt: "Ẩn danh" })).rejects.toMatchObject({ status: 401 });
    await expect(edit(editor, own.id, { alt: "Biên tập sửa" })).resolves.toMatchObject({ alt: "Biên tập sửa" });
    expect((await db.media.findUniqueOrThrow({ where: { id: other.id } })).alt).toBe("Ảnh của biên tập");
  });
});

describe("photo credit", () => {
  it("is saved with the upload, NFC-normalised, on one line, without a typed 'Ảnh:' prefix", async () => {
    const media = await uploadMedia(
      reporter,
      { name: "phien-hop.png", data: await png() },
      { alt: "Quang cảnh phiên họp", caption: "Quang cảnh phiên họp", credit: "  Ảnh:  Thành\n Duy ".normalize("NFD") },
    );
    expect(media.credit).toBe("Thành Duy");
    expect(media.credit).toBe(media.credit!.normalize("NFC"));
    expect((await db.media.findUniqueOrThrow({ where: { id: media.id } })).credit).toBe("Thành Duy");
  });

  it("is optional: absent or blank is stored as null", async () => {
    const absent = await uploadMedia(reporter, { name: "a.png", data: await png() }, { alt: "Không ghi nguồn" });
    const blank = await uploadMedia(reporter, { name: "b.png", data: await png() }, { alt: "Nguồn để trống", credit: "   " });
    expect([absent.credit, blank.credit]).toEqual([null, null]);
  });

  it("is refused beyond 200 characters, with the message on the credit field and nothing stored", async () => {
    const before = await db.media.count();
    const attempt = uploadMedia(reporter, { name: "c.png", data: await png() }, { alt: "Ảnh", credit: "Thành Duy ".repeat(30) });
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { credit: ["Tác giả / nguồn ảnh không được dài quá 200 ký tự"] } });
    expect(await db.media.count()).toBe(before);
  });

  it("is edited in the library: a field left out keeps its value, an empty one clears it; the featured image's pages expire", async () => {
    const media = await uploadMedia(
      reporter,
      { name: "d.png", data: await png() },
      { alt: "Lễ dâng hương", caption: "Lễ dâng hương tại Kim Liên", credit: "Thanh Mơ" },
    );
    revalidated.length = 0;
    expect(await edit(editor, media.id, { alt: "Lễ dâng hương", credit: "Ảnh: Minh Châu".normalize("NFD") })).toEqual({
      id: media.id,
      alt: "Lễ dâng hương",
      caption: "Lễ dâng hương tại Kim Liên",
      credit: "Minh Châu",
    });
    expect(revalidated).toEqual([`media:${media.id}`]);
    await edit(editor, media.id, { alt: "Lễ dâng hương", caption: "Lễ dâng hương" });
    expect((await db.media.findUniqueOrThrow({ where: { id: media.id } })).credit).toBe("Minh Châu");
    await edit(editor, media.id, { alt: "Lễ dâng hương", credit: "" });
    expect((await db.media.findUniqueOrThrow({ where: { id: media.id } })).credit).toBeNull();
    await expect(edit(editor, media.id, { alt: "Lễ dâng hương", credit: "x".repeat(201) })).rejects.toMatchObject({
      fieldErrors: { credit: [expect.any(String)] },
    });
  });

  it("two people editing one image from forms loaded together: the second is told, and overwrites nothing", async () => {
    const media = await uploadMedia(
      reporter,
      { name: "f.png", data: await png() },
      { alt: "Đoàn đại biểu", caption: "Đoàn đại biểu dâng hoa", credit: "Thành Duy" },
    );
    const loaded = { alt: media.alt, caption: media.caption, credit: media.credit };
    await updateMediaMeta(editor, media.id, {
      alt: media.alt,
      caption: "Đoàn đại biểu dâng hoa tại Khu di tích Kim Liên",
      credit: "Thành Duy",
      expected: loaded,
    });
    // The reporter only fixes the credit; the form still holds the old caption.
    await expect(
      updateMediaMeta(reporter, media.id, { alt: media.alt, caption: "Đoàn đại biểu dâng hoa", credit: "Thanh Mơ", expected: loaded }),
    ).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining("vừa được người khác sửa"),
    });
    expect(await db.media.findUniqueOrThrow({ where: { id: media.id } })).toMatchObject({
      caption: "Đoàn đại biểu dâng hoa tại Khu di tích Kim Liên",
      credit: "Thành Duy",
    });
    // Without the values it was loaded with, an edit is refused too (an old tab, a hand-made request).
    await expect(updateMediaMeta(editor, media.id, { alt: "Không phiên bản" })).rejects.toMatchObject({ status: 422 });
    expect((await db.media.findUniqueOrThrow({ where: { id: media.id } })).alt).toBe("Đoàn đại biểu");
  });

  it("is found by the library search, without diacritics", async () => {
    await uploadMedia(reporter, { name: "e.png", data: await png() }, { alt: "Hội nghị tổng kết", credit: "Nguyễn Đức Anh" });
    expect((await searchMedia(reporter, "nguyen duc anh")).rows.map((row) => row.alt)).toEqual(["Hội nghị tổng kết"]);
  });
});

describe("generated images (the demo illustrations)", () => {
  const drawing = (colour: string) => ({
    fingerprint: colour,
    render: vi.fn(() =>
      sharp({ create: { width: 800, height: 450, channels: 3, background: colour } })
        .png()
        .toBuffer(),
    ),
  });
  const store = (d: ReturnType<typeof drawing>, meta: object = { alt: "Thẻ minh hoạ", caption: "Chuyên mục Kinh tế", credit: "Ảnh: Minh hoạ" }) =>
    db.$transaction((tx) => storeGeneratedImage(tx, { key: "chuyen-muc/kinh-te", ...d, name: "minh-hoa-kinh-te.png", meta, uploaderId: editor.id }));

  it("are stored like uploads, with variants and a validated credit, once per drawing", async () => {
    const red = drawing("#a50e13");
    const first = await store(red);
    expect(first).toMatchObject({ mime: "image/png", width: 800, height: 450, credit: "Minh hoạ", caption: "Chuyên mục Kinh tế" });
    expect(first.path).toMatch(/^minh-hoa\/chuyen-muc\/kinh-te-[0-9a-f]{12}\.png$/);
    expect(parseVariants(first.variants).map((v) => v.width)).toEqual([320, 640]);
    await expect(store(red, { alt: " " })).rejects.toBeInstanceOf(ValidationError);

    // Again: nothing drawn, the same row, its text brought back to the given one.
    await db.media.update({ where: { id: first.id }, data: { credit: "Sửa tay" } });
    const again = await store(red);
    expect(again.id).toBe(first.id);
    expect(again.credit).toBe("Minh hoạ");
    expect(red.render).toHaveBeenCalledTimes(1);
    expect((await findGeneratedImage(db, "chuyen-muc/kinh-te"))?.id).toBe(first.id);
    expect(await findGeneratedImage(db, "chuyen-muc/kinh")).toBeNull();
  });

  it("are drawn again when their files went missing, and a new drawing replaces the old one once unused", async () => {
    const red = drawing("#a50e13");
    const first = await store(red);
    const fs = await import("node:fs/promises");
    const { resolveMediaPath } = await import("@/lib/media/storage");
    await fs.rm(resolveMediaPath(first.path)!);
    expect((await store(red)).id).toBe(first.id);
    expect(red.render).toHaveBeenCalledTimes(1);
    expect(await readMediaFile(first.path)).not.toBeNull();

    const gold = await store(drawing("#f5c400"));
    expect(gold.id).not.toBe(first.id);
    // An official still shows the old drawing: it stays until nothing uses it.
    await db.official.create({
      data: {
        fullName: "Nguyễn Văn A",
        familyName: "Nguyễn",
        givenName: "A",
        slug: "nguyen-van-a",
        portrait: mediaUrl(parseVariants(first.variants)[0]!.path),
      },
    });
    await expect(deleteMedia(editor, first.id)).rejects.toMatchObject({ message: "Ảnh đang được dùng làm ảnh chân dung lãnh đạo, không thể xoá." });
    expect(await db.$transaction((tx) => pruneGeneratedImages(tx, [gold.id]))).toBe(0);
    await db.official.update({ where: { slug: "nguyen-van-a" }, data: { portrait: mediaUrl(gold.path) } });
    expect(await db.$transaction((tx) => pruneGeneratedImages(tx, [gold.id]))).toBe(1);
    expect(await db.media.findUnique({ where: { id: first.id } })).toBeNull();
    expect(await readMediaFile(first.path)).toBeNull();
    expect((await findGeneratedImage(db, "chuyen-muc/kinh-te"))?.id).toBe(gold.id);
  });
});
