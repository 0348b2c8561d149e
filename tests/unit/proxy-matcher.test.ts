import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { config } from "@/proxy";

const { reachesProxy } = createRequire(import.meta.url)("../../lib/http/request-guard.cjs") as { reachesProxy(pathname: string): boolean };

// proxy.ts answers every address that no route serves with the site's 404 page, so its matcher must
// leave out exactly what is served without it: a route or public file missing from the list would
// answer 404, a site section left out of it would skip the checks proxy.ts makes.
const root = path.resolve(import.meta.dirname, "../..");
// How Next turns the matcher into the regular expression it tests each request with (not in its types).
const { getMiddlewareMatchers } = createRequire(import.meta.url)("next/dist/build/analysis/get-page-static-info") as {
  getMiddlewareMatchers(matchers: string[], nextConfig: object): { regexp: string }[];
};
const [matcher] = getMiddlewareMatchers(config.matcher, {});
const matches = (pathname: string) => new RegExp(matcher!.regexp).test(pathname);
// Every check also holds for the request guard's copy of the exclusions (lib/http/request-guard.cjs).
const runsProxy = (pathname: string) => {
  expect(reachesProxy(pathname), `request guard: ${pathname}`).toBe(matches(pathname));
  return matches(pathname);
};

/** The first segment of every address a directory of routes or files serves. */
function topLevelNames(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith("(") && !/^(layout|not-found|error|page)\.tsx$|\.css$/.test(entry.name))
    .map((entry) => entry.name);
}

describe("proxy.ts matcher", () => {
  it("leaves out the API, the sign-in pages, the feeds and sitemaps, the icon and public/", () => {
    const served = [...topLevelNames("app").filter((name) => name !== "admin"), ...topLevelNames("public")];
    expect(served).toEqual(expect.arrayContaining(["api", "dang-nhap", "rss.xml", "sitemap.xml", "icon.svg", "banners"]));
    for (const name of served) {
      expect(runsProxy(`/${name}`), name).toBe(false);
      expect(runsProxy(`/${name}/a/b`), name).toBe(name.includes("."));
    }
    expect(runsProxy("/_next/static/chunks/a.js")).toBe(false);
  });

  it("runs for the reader sections, the newsroom, the home page's neighbours and any unknown address", () => {
    const sections = [...topLevelNames("app/(site)"), "admin"];
    expect(sections).toEqual(expect.arrayContaining(["tin", "chuyen-muc", "lanh-dao", "tac-gia", "tim-kiem", "khong-tim-thay"]));
    for (const name of sections) {
      expect(runsProxy(`/${name}`), name).toBe(true);
      expect(runsProxy(`/${name}/a-1`), name).toBe(true);
    }
    for (const unknown of ["/khong-co", "/favicon.ico", "/apis", "/rss.xml.bak", "/.well-known/security.txt", "/a/b/c"]) {
      expect(runsProxy(unknown), unknown).toBe(true);
    }
    expect(runsProxy("/")).toBe(false);
  });
});
