import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { searchArticles } from "@/lib/search";
import { ensureStaffAccount } from "../support/newsroom";

// Words and numbers that punctuation joins in a title, a sapo or the body: PostgreSQL's parser reads
// "3/2022" as one file-path token, "-2030" as a negative number, "TP.Vinh" as a host name.
const ARTICLES = [
  { slug: "hop-thang-3-2022", title: "Ban Thường vụ họp phiên thường kỳ tháng 3/2022", sapo: "", body: "" },
  { slug: "dai-hoi-2025-2030", title: "Đại hội Đảng bộ nhiệm kỳ 2025-2030", sapo: "", body: "" },
  { slug: "phong-chong-dich", title: "Phòng, chống dịch bệnh", sapo: "Tiêm vắc xin phòng COVID-19 cho trẻ em", body: "" },
  { slug: "do-thi-vinh", title: "Chỉnh trang đô thị", sapo: "", body: "Nhiều tuyến phố ở TP.Vinh được lát đá." },
  { slug: "quyet-dinh-ubnd", title: "Công bố quy hoạch", sapo: "Theo Quyết định 123/QĐ-UBND của tỉnh", body: "" },
  // Invisible characters that text pasted from web pages, chat apps and word processors carries: a
  // zero-width space and a byte order mark after a word, a zero-width joiner, a soft hyphen.
  { slug: "khong-gian-rong", title: "Hội nghị Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh\u200B", sapo: "\uFEFFThanh Chương", body: "Xã\u200D Nam Đàn, Quỳnh\u00ADLưu" },
] as const;

let ids: Record<string, number> = {};

beforeAll(async () => {
  const author = await ensureStaffAccount({ email: "bt@example.vn", displayName: "Biên tập", role: "EDITOR", password: "mat-khau-bien-tap", slug: "bien-tap" });
  const category = await db.category.create({ data: { name: "Thời sự", slug: "thoi-su" } });
  for (const [i, a] of ARTICLES.entries()) {
    const row = await db.article.create({
      data: {
        slug: a.slug,
        title: a.title,
        sapo: a.sapo,
        body: { type: "doc", content: [{ type: "paragraph", content: a.body ? [{ type: "text", text: a.body }] : [] }] },
        categoryId: category.id,
        authorId: author.id,
        status: "PUBLISHED",
        publishedAt: new Date(Date.UTC(2022, 2, 1 + i)),
      },
    });
    ids = { ...ids, [a.slug]: row.id };
  }
});

const found = async (q: string) => (await searchArticles({ q, categoryIds: null, from: null, to: null, page: 1 })).articles.map((a) => a.id);

describe("search across punctuation", () => {
  it("finds a year or a month written as 3/2022, and a term's end year written 2025-2030", async () => {
    expect(await found("2022")).toContain(ids["hop-thang-3-2022"]);
    expect(await found("thang 3 2022")).toContain(ids["hop-thang-3-2022"]);
    expect(await found("2030")).toContain(ids["dai-hoi-2025-2030"]);
    expect(await found("nhiem ky 2025 2030")).toContain(ids["dai-hoi-2025-2030"]);
  });

  it("finds COVID-19 from 'covid 19', TP.Vinh from 'Vinh', and 123/QĐ-UBND from 'QĐ-UBND'", async () => {
    expect(await found("covid 19")).toEqual([ids["phong-chong-dich"]]);
    expect(await found("Vinh")).toEqual([ids["do-thi-vinh"]]);
    expect(await found("QĐ-UBND")).toEqual([ids["quyet-dinh-ubnd"]]);
    expect(await found("qd ubnd 123")).toEqual([ids["quyet-dinh-ubnd"]]);
  });

  it("finds words next to zero-width characters, on PGlite as on PostgreSQL", async () => {
    expect(await found("ha tinh")).toEqual([ids["khong-gian-rong"]]);
    expect(await found("thanh chuong")).toEqual([ids["khong-gian-rong"]]);
    expect(await found("xa nam dan")).toEqual([ids["khong-gian-rong"]]);
    expect(await found("quynh luu")).toEqual([ids["khong-gian-rong"]]);
  });

  it("still finds them typed as printed", async () => {
    expect(await found("tháng 3/2022")).toEqual([ids["hop-thang-3-2022"]]);
    expect(await found("2025-2030")).toEqual([ids["dai-hoi-2025-2030"]]);
    expect(await found("COVID-19")).toEqual([ids["phong-chong-dich"]]);
    expect(await found("TP.Vinh")).toEqual([ids["do-thi-vinh"]]);
    expect(await found("123/QĐ-UBND")).toEqual([ids["quyet-dinh-ubnd"]]);
  });
});
