import { describe, expect, it } from "vitest";
import { findMentionedOfficials } from "@/lib/articles/mentions";
import { cleanPastedHtml } from "@/lib/articles/paste";
import { can, TRANSITIONS } from "@/lib/people/policy";
import { sniffImage } from "@/lib/media/sniff";
import { resolveMediaPath } from "@/lib/media/storage";

describe("pasting from Word or a web page", () => {
  it("drops Office comments, style sheets and scripts, keeps the structure, NFC-normalises", () => {
    const word = `<!--[if gte mso 9]><xml><o:OfficeDocumentSettings/></xml><![endif]--><style>p.MsoNormal{color:red}</style>
      <p class="MsoNormal" style="color:red">Ho\u0300a Bi\u0300nh<o:p></o:p></p><script>alert(1)</script><table><tr><td>Ô</td></tr></table>`;
    const cleaned = cleanPastedHtml(word);
    expect(cleaned).not.toMatch(/<style|<script|alert|<o:p|<!--|MsoNormal\{/);
    expect(cleaned).toContain("Hòa Bình");
    expect(cleaned).toContain("<table>");
  });

  it("turns Word's list paragraphs, which draw their own bullets and numbers, into real lists", () => {
    const item = (cls: string, marker: string, text: string) =>
      `<p class=${cls} style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'>${marker}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>${text}<o:p></o:p></p>`;
    const word = [
      `<p class=MsoNormal><b>Thiệt hại do lũ</b></p>`,
      item("MsoListParagraphCxSpFirst", "·", "Nhà bị sập: 12 căn"),
      item("MsoListParagraphCxSpLast", "·", "Đường bị sạt: 3 km"),
      `<p class=MsoNormal>Các bước khắc phục:</p>`,
      item("MsoListParagraphCxSpFirst", "1.", "Di dời dân"),
      item("MsoListParagraphCxSpLast", "2.", "Sửa đường"),
    ].join("\n");
    const cleaned = cleanPastedHtml(word);
    expect(cleaned).toContain("<ul><li><p>Nhà bị sập: 12 căn</p></li><li><p>Đường bị sạt: 3 km</p></li></ul>");
    expect(cleaned).toContain("<ol><li><p>Di dời dân</p></li><li><p>Sửa đường</p></li></ol>");
    expect(cleaned).not.toMatch(/·|supportLists|MsoListParagraph/);
    expect(cleaned).toContain("Các bước khắc phục:");
  });

  it("keeps the levels of a nested Word list", () => {
    const item = (level: number, marker: string, text: string) =>
      `<p class=MsoListParagraphCxSpMiddle style='margin-left:${36 * level}pt;mso-list:l0 level${level} lfo1'><![if !supportLists]><span>${marker}<span>&nbsp;&nbsp; </span></span><![endif]>${text}<o:p></o:p></p>`;
    const word = [
      item(1, "1.", "Về kinh tế"),
      item(2, "a)", "Nông nghiệp"),
      item(2, "b)", "Công nghiệp"),
      item(3, "·", "Khu kinh tế Đông Nam"),
      item(1, "2.", "Về xã hội"),
      item(2, "-", "Giáo dục"),
    ].join("\n");
    expect(cleanPastedHtml(word)).toBe(
      "<ol><li><p>Về kinh tế</p><ol><li><p>Nông nghiệp</p></li><li><p>Công nghiệp</p><ul><li><p>Khu kinh tế Đông Nam</p></li></ul></li></ol></li>" +
        "<li><p>Về xã hội</p><ul><li><p>Giáo dục</p></li></ul></li></ol>",
    );
  });
});

describe("image types come from the content", () => {
  it("recognises JPEG, PNG, GIF and WebP by their first bytes, and nothing else", () => {
    expect(sniffImage(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))?.mime).toBe("image/jpeg");
    expect(sniffImage(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))?.mime).toBe("image/png");
    expect(sniffImage(new TextEncoder().encode("GIF89a..."))?.mime).toBe("image/gif");
    expect(sniffImage(new TextEncoder().encode("RIFF\0\0\0\0WEBPVP8 "))?.mime).toBe("image/webp");
    expect(sniffImage(new TextEncoder().encode("<svg onload=alert(1)>"))).toBeNull();
    expect(sniffImage(new TextEncoder().encode("RIFF\0\0\0\0WAVE"))).toBeNull();
  });

  it("never resolves a media path outside the media folder", () => {
    expect(resolveMediaPath("2026/11/abc.jpg")).toMatch(/media\/2026\/11\/abc\.jpg$/);
    expect(resolveMediaPath("../db/PG_VERSION")).toBeNull();
    expect(resolveMediaPath("2026/../../secret")).toBeNull();
    expect(resolveMediaPath("/etc/passwd")).toBeNull();
  });
});

describe("officials mentioned in a text", () => {
  const officials = [
    { id: 1, fullName: "Thái Thanh Quý" },
    { id: 2, fullName: "Nguyễn Đức Trung" },
    { id: 3, fullName: "Hoàng Nghĩa Hiếu" },
  ];
  it("finds full names in any Unicode form and case, on word boundaries", () => {
    expect(findMentionedOfficials("Đồng chí THÁI THANH QUÝ và đồng chí Nguyễn Đức Trung dự.".normalize("NFD"), officials)).toEqual([1, 2]);
    expect(findMentionedOfficials("Ông Hoàng Nghĩa Hiếuu phát biểu", officials)).toEqual([]);
  });

  it("ignores tone-mark placement, case and missing diacritics, as search does", () => {
    const hoa = [
      { id: 4, fullName: "Nguyễn Văn Hòa" },
      { id: 5, fullName: "Lê Thị Thuỷ" },
    ];
    // Old-style placement in the text, new-style in the directory, and the other way round.
    expect(findMentionedOfficials("Đồng chí Nguyễn Văn Hoà phát biểu.", hoa)).toEqual([4]);
    expect(findMentionedOfficials("Bà Lê Thị Thủy dự họp.", hoa)).toEqual([5]);
    expect(findMentionedOfficials("NGUYỄN VĂN HOÀ", hoa)).toEqual([4]);
    // Typed without diacritics (a phone without a Vietnamese keyboard), in any case.
    expect(findMentionedOfficials("dong chi nguyen van hoa va le thi thuy", hoa)).toEqual([4, 5]);
    expect(findMentionedOfficials("Nguyen Van HOA", hoa)).toEqual([4]);
    // However the words are spaced: a no-break space from Word, two spaces, a line break.
    expect(findMentionedOfficials("Đồng chí Nguyễn\u00a0Văn  Hòa và Lê Thị\nThuỷ", hoa)).toEqual([4, 5]);
    // "Ð" (U+00D0) typed for "Đ" folds as search folds it.
    expect(findMentionedOfficials("Ðồng chí Nguyễn Ðức Trung", officials)).toEqual([2]);
    // Still whole names on word boundaries.
    expect(findMentionedOfficials("Ông Hòa phát biểu; nguyen van hoang dự.", hoa)).toEqual([]);
  });
});

describe("the workflow table", () => {
  it("lets reporters submit only their own drafts and never publish", () => {
    const reporter = { id: 1, role: "REPORTER" as const };
    expect(can(reporter, "article.submit", { authorId: 1, status: "DRAFT" })).toBe(true);
    expect(can(reporter, "article.submit", { authorId: 2, status: "DRAFT" })).toBe(false);
    for (const action of Object.keys(TRANSITIONS).filter((a) => a !== "article.submit") as (keyof typeof TRANSITIONS)[]) {
      for (const status of ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "UNPUBLISHED"] as const) {
        expect(can(reporter, action, { authorId: 1, status })).toBe(false);
      }
    }
  });
});
