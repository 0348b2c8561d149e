import { describe, expect, it } from "vitest";
import { foldDiacritics, normalizeLine, normalizeText, slugify } from "@/lib/text/vietnamese";

describe("slugify", () => {
  it("makes the seed article's slug", () => {
    expect(slugify("Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 3/2022")).toBe("ban-thuong-vu-tinh-uy-hop-phien-thuong-ky-thang-3-2022");
  });

  it("turns đ and Đ into d", () => {
    expect(slugify("Đồng chí Nguyễn Đức Trung làm việc với Đảng bộ")).toBe("dong-chi-nguyen-duc-trung-lam-viec-voi-dang-bo");
  });

  it("turns the look-alike Ð/ð (U+00D0/U+00F0, from converted old-font text) into d instead of dropping it", () => {
    expect(slugify("\u00D0ại hội \u00D0ảng bộ tỉnh Nghệ An")).toBe("dai-hoi-dang-bo-tinh-nghe-an");
    expect(slugify("Ban chấp hành \u00F0oàn")).toBe("ban-chap-hanh-doan");
  });

  it("gives the same slug for decomposed (NFD) input and for both ủy/uỷ spellings", () => {
    expect(slugify("Tỉnh uỷ".normalize("NFD"))).toBe("tinh-uy");
    expect(slugify("Tỉnh ủy")).toBe("tinh-uy");
  });

  it("drops punctuation and trims dashes", () => {
    expect(slugify("  «Văn hoá – Xã hội»!  ")).toBe("van-hoa-xa-hoi");
    expect(slugify("!!!")).toBe("");
  });

  it("cuts long titles at a word boundary dash", () => {
    const slug = slugify("Hội nghị ".repeat(40), 30);
    expect(slug.length).toBeLessThanOrEqual(30);
    expect(slug.endsWith("-")).toBe(false);
  });
});

describe("normalizeText", () => {
  it("returns NFC text", () => {
    const decomposed = "Nghệ An".normalize("NFD");
    expect(decomposed).not.toBe("Nghệ An");
    expect(normalizeText(decomposed)).toBe("Nghệ An");
  });

  it("removes control characters and trims, keeping line breaks", () => {
    expect(normalizeText(" a\u0000b\nc\u0007 ")).toBe("ab\nc");
    expect(normalizeLine("  Tin   tức\n Sự kiện ")).toBe("Tin tức Sự kiện");
  });

  it("drops lone UTF-16 surrogates, keeping whole characters made of two", () => {
    expect(normalizeText("Tin\ud800 tức")).toBe("Tin tức");
    expect(normalizeText("\udc00Nghệ An\ud83d")).toBe("Nghệ An");
    expect(normalizeText("Ảnh 📷 đẹp")).toBe("Ảnh 📷 đẹp");
    expect(() => JSON.parse(JSON.stringify(normalizeText("a\udfff\ud800b")))).not.toThrow();
    expect(normalizeText("a\udfff\ud800b")).toBe("ab");
  });
});

describe("foldDiacritics", () => {
  it("folds Vietnamese to plain lowercase ASCII", () => {
    expect(foldDiacritics("Bí thư Tỉnh ủy")).toBe("bi thu tinh uy");
    expect(foldDiacritics("ĐẢNG BỘ")).toBe("dang bo");
    expect(foldDiacritics("Tỉnh uỷ")).toBe(foldDiacritics("Tỉnh ủy"));
    expect(foldDiacritics("\u00D0ẢNG \u00F0oàn")).toBe("dang doan");
  });
});
