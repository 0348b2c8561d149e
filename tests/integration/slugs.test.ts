import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { assertSlugFree, MAX_SLUG_TRIES, refuseTakenSlug, slugFrom, slugged, SlugTakenError, uniqueSlug } from "@/lib/slugs";

const group = (slug: string) => db.officialGroup.create({ data: { name: slug, slug } });

describe("one slug module for every slugged model", () => {
  it("suffixes a generated slug with the first free number, and a row keeps its own slug", async () => {
    expect(await uniqueSlug(db, slugged.officialGroup, "Ban Chấp hành")).toBe("ban-chap-hanh");
    const own = await group("ban-chap-hanh");
    await group("ban-chap-hanh-2");
    expect(await uniqueSlug(db, slugged.officialGroup, "Ban Chấp hành")).toBe("ban-chap-hanh-3");
    expect(await uniqueSlug(db, slugged.officialGroup, "Ban Chấp hành", own.id)).toBe("ban-chap-hanh");
  });

  it("a name without letter or digit starts from the model's fallback; one without a fallback is refused", async () => {
    expect(await uniqueSlug(db, slugged.user, "—")).toBe("tac-gia");
    await expect(uniqueSlug(db, slugged.category, "???")).rejects.toMatchObject({ fieldErrors: { slug: ["Đường dẫn phải có chữ cái hoặc chữ số"] } });
  });

  it(`gives up after ${MAX_SLUG_TRIES} tries instead of looping on`, async () => {
    const slugs = ["hop-bao", ...Array.from({ length: MAX_SLUG_TRIES - 1 }, (_, i) => `hop-bao-${i + 2}`)];
    await db.officialGroup.createMany({ data: slugs.map((slug) => ({ name: "Họp báo", slug })) });
    const refused = await uniqueSlug(db, slugged.officialGroup, "Họp báo").catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ValidationError);
    expect(refused).toMatchObject({ status: 422, fieldErrors: { slug: [expect.stringContaining(`"hop-bao-${MAX_SLUG_TRIES}"`)] } });
    // The 51st is never looked at: freeing one of the 50 is enough.
    await db.officialGroup.delete({ where: { slug: "hop-bao-37" } });
    expect(await uniqueSlug(db, slugged.officialGroup, "Họp báo")).toBe("hop-bao-37");
  });

  it("a slug typed by hand is refused beside the field when another row holds it, with the model's message", async () => {
    const held = await group("thuong-truc");
    expect(slugFrom("Thường trực", "")).toBe("thuong-truc");
    expect(slugFrom("Thường trực", "ban-khac")).toBe("ban-khac");
    expect(await assertSlugFree(db, slugged.officialGroup, "thuong-truc", held.id)).toBe("thuong-truc");
    const refused = assertSlugFree(db, slugged.officialGroup, "thuong-truc", null);
    await expect(refused).rejects.toBeInstanceOf(SlugTakenError);
    await expect(refused).rejects.toMatchObject({
      message: "Đường dẫn đã được dùng.",
      fieldErrors: { slug: ['Đường dẫn "thuong-truc" đã thuộc về nhóm khác'] },
    });
    await expect(assertSlugFree(db, slugged.officialGroup, "", null)).rejects.toMatchObject({
      fieldErrors: { slug: ["Đường dẫn phải có chữ cái hoặc chữ số"] },
    });
  });

  it("a write that hits the unique slug (P2002) is refused like a slug already taken; other errors pass through", async () => {
    await group("doan-dai-bieu");
    const write = db.officialGroup.create({ data: { name: "Đoàn", slug: "doan-dai-bieu" } }).catch(refuseTakenSlug(slugged.officialGroup, "doan-dai-bieu"));
    await expect(write).rejects.toMatchObject({ fieldErrors: { slug: ['Đường dẫn "doan-dai-bieu" đã thuộc về nhóm khác'] } });
    const other = new Error("mất kết nối");
    expect(() => refuseTakenSlug(slugged.officialGroup, "x")(other)).toThrow(other);
  });
});
