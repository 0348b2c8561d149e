import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Banners } from "@/components/site/Banners";
import type { SiteBanner } from "@/lib/banners/queries";

const render = (banner: Partial<SiteBanner>) =>
  renderToStaticMarkup(
    createElement(Banners, {
      label: "Liên kết nổi bật",
      banners: [
        {
          id: 1,
          slot: "sidebar",
          src: "/api/media/2026/11/banner.png",
          width: null,
          height: null,
          linkUrl: "https://dangcongsan.vn",
          alt: "Học tập và làm theo Bác",
          ...banner,
        },
      ],
    }),
  );

describe("a banner on the reader site", () => {
  it("with an image on another site (allowed by the banner form) loads it from there: Next's optimiser refuses other hosts (400)", () => {
    const html = render({ src: "https://dangcongsan.vn/anh/banner.jpg" });
    expect(html).toContain('src="https://dangcongsan.vn/anh/banner.jpg"');
    expect(html).not.toContain("/_next/image?url=https");
  });

  it("with an image of this site still goes through the optimiser", () => {
    expect(render({})).toContain("/_next/image?url=%2Fapi%2Fmedia%2F2026%2F11%2Fbanner.png");
  });
});
