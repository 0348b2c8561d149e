import { describe, expect, it } from "vitest";
import { mediaSrcSet } from "@/lib/media/urls";
import { formatFigureCaption, normalizeCredit } from "@/lib/media/caption";

describe("figure captions: caption, then 'Ảnh: <credit>'", () => {
  it("joins caption and credit with a full stop", () => {
    expect(formatFigureCaption("Quang cảnh phiên họp", "Thành Duy")).toBe("Quang cảnh phiên họp. Ảnh: Thành Duy");
  });

  it("prints the caption alone, the credit alone, or nothing", () => {
    expect(formatFigureCaption("Quang cảnh phiên họp", null)).toBe("Quang cảnh phiên họp");
    expect(formatFigureCaption("Quang cảnh phiên họp", "   ")).toBe("Quang cảnh phiên họp");
    expect(formatFigureCaption(null, "Thành Duy")).toBe("Ảnh: Thành Duy");
    expect(formatFigureCaption("", "Thành Duy")).toBe("Ảnh: Thành Duy");
    expect(formatFigureCaption(undefined, undefined)).toBeNull();
    expect(formatFigureCaption(" ", "")).toBeNull();
  });

  it("adds no second full stop after a caption that already ends a sentence", () => {
    expect(formatFigureCaption("Quang cảnh phiên họp.", "Thành Duy")).toBe("Quang cảnh phiên họp. Ảnh: Thành Duy");
    expect(formatFigureCaption("Ai về Kim Liên?", "Thanh Mơ")).toBe("Ai về Kim Liên? Ảnh: Thanh Mơ");
    expect(formatFigureCaption("Đồng chí phát biểu: “Phải làm ngay.”", "Thành Duy")).toBe("Đồng chí phát biểu: “Phải làm ngay.” Ảnh: Thành Duy");
    expect(formatFigureCaption("Các đại biểu dự họp…", "Thành Duy")).toBe("Các đại biểu dự họp… Ảnh: Thành Duy");
  });

  it("replaces a dangling comma, colon or dash by the full stop", () => {
    expect(formatFigureCaption("Quang cảnh phiên họp, ", "Thành Duy")).toBe("Quang cảnh phiên họp. Ảnh: Thành Duy");
    expect(formatFigureCaption("Quang cảnh phiên họp -", "Thành Duy")).toBe("Quang cảnh phiên họp. Ảnh: Thành Duy");
  });

  it("does not print 'Ảnh:' twice: a typed prefix is dropped, a credit naming the kind of image reads as is", () => {
    expect(formatFigureCaption("Quang cảnh phiên họp", "Ảnh: Thành Duy")).toBe("Quang cảnh phiên họp. Ảnh: Thành Duy");
    expect(formatFigureCaption(null, "ảnh : TTXVN")).toBe("Ảnh: TTXVN");
    expect(formatFigureCaption("Bác Hồ về thăm quê năm 1957", "Ảnh tư liệu")).toBe("Bác Hồ về thăm quê năm 1957. Ảnh tư liệu");
    expect(formatFigureCaption(null, "Ảnh minh hoạ")).toBe("Ảnh minh hoạ");
  });

  it("does not credit twice a caption that already ends with the credit (older content typed it in)", () => {
    expect(formatFigureCaption("Quang cảnh phiên họp. Ảnh: Thành Duy", "Thành Duy")).toBe("Quang cảnh phiên họp. Ảnh: Thành Duy");
    expect(formatFigureCaption("Quang cảnh phiên họp (Ảnh: Thành Duy)", "thành duy")).toBe("Quang cảnh phiên họp (Ảnh: Thành Duy)");
  });

  it("normalises to NFC on one line", () => {
    const out = formatFigureCaption("Quang cảnh\n phiên  họp".normalize("NFD"), "Thành Duy".normalize("NFD"));
    expect(out).toBe("Quang cảnh phiên họp. Ảnh: Thành Duy");
    expect(normalizeCredit("  Ảnh:\tThành  Duy ".normalize("NFD"))).toBe("Thành Duy");
    expect(normalizeCredit("Ảnh:")).toBe("");
  });
});

describe("an image's renditions for srcset", () => {
  const variants = [
    { width: 320, height: 180, path: "2026/11/a-320.webp" },
    { width: 640, height: 360, path: "2026/11/a-640.webp" },
    { width: 1280, height: 720, path: "2026/11/a-1280.webp" },
  ];

  it("lists the variants with their widths, and the original when it is not huge", () => {
    expect(mediaSrcSet({ path: "2026/11/a.jpg", variants, width: 1600 })).toBe(
      "/api/media/2026/11/a-320.webp 320w, /api/media/2026/11/a-640.webp 640w, /api/media/2026/11/a-1280.webp 1280w, /api/media/2026/11/a.jpg 1600w",
    );
    expect(mediaSrcSet({ path: "2026/11/a.jpg", variants, width: 6000 })).not.toContain("a.jpg");
    expect(mediaSrcSet({ path: "2026/11/nho.png", variants: [], width: 200 })).toBe("/api/media/2026/11/nho.png 200w");
  });
});
