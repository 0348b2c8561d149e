import { beforeAll, describe, expect, it } from "vitest";
import { listArticlesForAdmin, listFiltersSchema } from "@/lib/articles/admin-queries";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/people/policy";
import { ensureStaffAccount, makeArticle } from "../support/newsroom";

let editor: Actor;
let reporter: Actor;
let ids: { party: number; committee: number; other: number };

const search = async (actor: Actor, q: string) =>
  (await listArticlesForAdmin(actor, listFiltersSchema.parse({ q }))).rows.map((row) => row.id).sort((a, b) => a - b);

beforeAll(async () => {
  const categoryId = (await db.category.create({ data: { name: "Xây dựng Đảng", slug: "xay-dung-dang-danh-sach" } })).id;
  editor = await ensureStaffAccount({ email: "btv-ds@toasoan.vn", displayName: "Biên tập", role: "EDITOR", password: "mat-khau-btv", slug: "btv-ds" });
  reporter = await ensureStaffAccount({ email: "pv-ds@toasoan.vn", displayName: "Phóng viên", role: "REPORTER", password: "mat-khau-pv", slug: "pv-ds" });
  const party = await makeArticle(reporter.id, categoryId, "DRAFT", "Đảng bộ thị xã Cửa Lò cho ý kiến vào đề án");
  const committee = await makeArticle(editor.id, categoryId, "PUBLISHED", "Hội nghị giao ban quý III");
  await db.article.update({ where: { id: committee.id }, data: { sapo: "Ủy ban Kiểm tra Tỉnh uỷ tổng kết công tác." } });
  const other = await makeArticle(editor.id, categoryId, "IN_REVIEW", "Mùa lúa chín ở Yên Thành");
  ids = { party: party.id, committee: committee.id, other: other.id };
});

describe("the staff's article list search", () => {
  it("ignores diacritics and case in the title and the sapo, inside words too", async () => {
    expect(await search(editor, "dang bo")).toEqual([ids.party]);
    expect(await search(editor, "ĐẢNG BỘ")).toEqual([ids.party]);
    expect(await search(editor, "Cửa L")).toEqual([ids.party]);
    expect(await search(editor, "cua lo cho y kien")).toEqual([ids.party]);
    // "uỷ" and "ủy" are the same word; the sapo is searched as well as the title.
    expect(await search(editor, "tinh ủy tong ket")).toEqual([ids.committee]);
    expect(await search(editor, "uy ban kiem tra")).toEqual([ids.committee]);
    expect(await search(editor, "lua chin")).toEqual([ids.other]);
    expect(await search(editor, "khong co bai nao")).toEqual([]);
  });

  it("reads % and _ as themselves, not as wildcards", async () => {
    await db.article.update({ where: { id: ids.other }, data: { sapo: "Năng suất đạt 100% kế hoạch." } });
    expect(await search(editor, "100%")).toEqual([ids.other]);
    expect(await search(editor, "%")).toEqual([ids.other]);
    expect(await search(editor, "_")).toEqual([]);
    expect(await search(editor, "lua_chin")).toEqual([]);
  });

  it("finds an article by its address", async () => {
    const party = await db.article.findUniqueOrThrow({ where: { id: ids.party } });
    expect(await search(editor, party.slug)).toEqual([ids.party]);
  });

  it("keeps a reporter to their own articles", async () => {
    expect(await search(reporter, "dang bo")).toEqual([ids.party]);
    expect(await search(reporter, "uy ban kiem tra")).toEqual([]);
  });
});
