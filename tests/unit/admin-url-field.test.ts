import { describe, expect, it } from "vitest";
import { optionalUrl } from "@/lib/forms/fields";

const field = optionalUrl("liên kết");

describe("a link or image address typed in an admin form", () => {
  it("accepts a site path, an http(s) address and empty", () => {
    expect(field.parse("/chuyen-muc/thoi-su")).toBe("/chuyen-muc/thoi-su");
    expect(field.parse("https://dangcongsan.vn/tin")).toBe("https://dangcongsan.vn/tin");
    expect(field.parse("")).toBeNull();
  });

  it.each(["javascript:alert(1)", "//evil.example/x", "/\\evil.example/x", "/\\/evil.example", "data:text/html,x"])(
    "refuses %s: browsers would leave the site (a backslash counts as a slash) or run it",
    (value) => {
      expect(field.safeParse(value).success).toBe(false);
    },
  );
});
