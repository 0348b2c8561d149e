import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/lib/http/return-path";

describe("paths a redirect may send the browser back to", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    expect(safeReturnPath("/admin/bai-viet?trang=2#cuoi")).toBe("/admin/bai-viet?trang=2#cuoi");
    expect(safeReturnPath("/tin/bai-viet-1", "/")).toBe("/tin/bai-viet-1");
  });

  it("refuses every way of naming another site", () => {
    for (const path of [
      "//example.com/x",
      "/\\example.com/x",
      "/\t/example.com",
      "/\n/example.com",
      "https://example.com",
      "javascript:alert(1)",
      "",
      null,
      42,
    ]) {
      expect(safeReturnPath(path, "/")).toBe("/");
    }
  });
});
