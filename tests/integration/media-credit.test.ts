import sharp from "sharp";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { searchMedia, updateMediaMeta, uploadMedia } from "@/lib/media/library";
import type { Actor } from "@/lib/people/policy";
import { ensureStaffAccount } from "../support/newsroom";

const revalidated: string[] = [];
vi.mock("next/cache", () => ({ revalidateTag: (tag: string) => revalidated.push(tag) }));

let reporter: Actor;
let editor: Actor;
const png = () => sharp({ create: { width: 400, height: 300, channels: 3, background: "#a50e13" } }).png().toBuffer();

beforeAll(async () => {
  reporter = await ensureStaffAccount({ email: "pv@toasoan.vn", displayName: "Phóng viên", role: "REPORTER", password: "mat-khau-pv", slug: "pv" });
  editor = await ensureStaffAccount({ email: "btv@toasoan.vn", displayName: "Biên tập viên", role: "EDITOR", password: "mat-khau-btv", slug: "btv" });
});

describe("photo credit", () => {
  it("is saved with the upload, NFC-normalised, on one line, without a typed 'Ảnh:' prefix", async () => {
    const media = await uploadMedia(reporter, { name: "phien-hop.png", data: await png() }, { alt: "Quang cảnh phiên họp", caption: "Quang cảnh phiên họp", credit: "  Ảnh:  Thành\n Duy ".normalize("NFD") });
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
    const media = await uploadMedia(reporter, { name: "d.png", data: await png() }, { alt: "Lễ dâng hương", caption: "Lễ dâng hương tại Kim Liên", credit: "Thanh Mơ" });
    revalidated.length = 0;
    expect(await updateMediaMeta(editor, media.id, { alt: "Lễ dâng hương", credit: "Ảnh: Minh Châu".normalize("NFD") })).toEqual({
      id: media.id,
      alt: "Lễ dâng hương",
      caption: "Lễ dâng hương tại Kim Liên",
      credit: "Minh Châu",
    });
    expect(revalidated).toEqual([`media:${media.id}`]);
    await updateMediaMeta(editor, media.id, { alt: "Lễ dâng hương", caption: "Lễ dâng hương" });
    expect((await db.media.findUniqueOrThrow({ where: { id: media.id } })).credit).toBe("Minh Châu");
    await updateMediaMeta(editor, media.id, { alt: "Lễ dâng hương", credit: "" });
    expect((await db.media.findUniqueOrThrow({ where: { id: media.id } })).credit).toBeNull();
    await expect(updateMediaMeta(editor, media.id, { alt: "Lễ dâng hương", credit: "x".repeat(201) })).rejects.toMatchObject({ fieldErrors: { credit: [expect.any(String)] } });
  });

  it("is found by the library search, without diacritics", async () => {
    await uploadMedia(reporter, { name: "e.png", data: await png() }, { alt: "Hội nghị tổng kết", credit: "Nguyễn Đức Anh" });
    expect((await searchMedia(reporter, "nguyen duc anh")).rows.map((row) => row.alt)).toEqual(["Hội nghị tổng kết"]);
  });
});
