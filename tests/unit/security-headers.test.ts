import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config";
import { nextConfigHeaders, securityHeadersFor } from "@/lib/http/security-headers.cjs";

describe("security headers", () => {
  it("every page gets nosniff, a referrer policy and same-origin framing only", () => {
    for (const path of ["/", "/tin/bai-1", "/api/media/2026/11/a.jpg", "/adminx"]) {
      expect(securityHeadersFor(path)).toEqual({
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "strict-origin-when-cross-origin",
        "X-Frame-Options": "SAMEORIGIN",
      });
    }
  });

  it("the staff area, sign-in and password change may not be framed at all", () => {
    for (const path of ["/admin", "/admin/bai-viet/3", "/dang-nhap", "/doi-mat-khau"]) {
      expect(securityHeadersFor(path)).toMatchObject({
        "X-Frame-Options": "DENY",
        "Content-Security-Policy": "frame-ancestors 'none'",
        "X-Content-Type-Options": "nosniff",
      });
    }
  });

  it("Next sends them: next.config.ts uses the same list, staff entries after the site-wide one", async () => {
    const entries = await nextConfig.headers!();
    expect(entries).toEqual(nextConfigHeaders());
    expect(entries[0]!.source).toBe("/:path*");
    expect(entries.map((e) => e.source)).toEqual(expect.arrayContaining(["/admin", "/admin/:path*", "/dang-nhap", "/doi-mat-khau"]));
  });
});
