import { describe, expect, it } from "vitest";
import { treeOrder } from "@/lib/categories/tree";

describe("the category tree flattened for display", () => {
  // As listAllCategories returns them: by position, where children and top-level categories interleave.
  const byPosition = [
    { id: 1, name: "Tin tức - Sự kiện", parentId: null },
    { id: 5, name: "Hoạt động của Tỉnh ủy", parentId: 1 },
    { id: 7, name: "Kỳ họp", parentId: 6 },
    { id: 2, name: "Xây dựng Đảng", parentId: null },
    { id: 6, name: "HĐND tỉnh", parentId: 1 },
    { id: 3, name: "Công tác tổ chức", parentId: 2 },
    { id: 4, name: "Kinh tế", parentId: null },
  ];

  it("puts each category right after its parent, indented one level deeper, siblings in their order", () => {
    expect(treeOrder(byPosition).map((c) => `${"— ".repeat(c.depth - 1)}${c.name}`)).toEqual([
      "Tin tức - Sự kiện",
      "— Hoạt động của Tỉnh ủy",
      "— HĐND tỉnh",
      "— — Kỳ họp",
      "Xây dựng Đảng",
      "— Công tác tổ chức",
      "Kinh tế",
    ]);
  });

  it("marks the first and last of each group of siblings (the reorder buttons)", () => {
    const rows = new Map(treeOrder(byPosition).map((c) => [c.id, c]));
    expect([rows.get(1)!.isFirst, rows.get(1)!.isLast, rows.get(4)!.isLast]).toEqual([true, false, true]);
    expect([rows.get(5)!.isFirst, rows.get(6)!.isLast, rows.get(7)!.isFirst && rows.get(7)!.isLast]).toEqual([true, true, true]);
  });
});
