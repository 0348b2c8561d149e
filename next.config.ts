import path from "node:path";
import type { NextConfig } from "next";
import { nextConfigHeaders } from "./lib/http/security-headers.cjs";

const nextConfig: NextConfig = {
  // PGlite loads its WASM and data files relative to its own module; bundling breaks that.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "sharp"],
  poweredByHeader: false,
  // Cached pages and data live in process memory, expired by tag (lib/cache/next-cache-handler.cjs).
  cacheHandler: path.resolve(import.meta.dirname, "lib/cache/next-cache-handler.cjs"),
  cacheMaxMemorySize: 0,
  typedRoutes: false,
  // nosniff, Referrer-Policy and framing on every response; the page front sends the same (lib/http/security-headers.cjs).
  async headers() {
    return nextConfigHeaders();
  },
  async rewrites() {
    return {
      // Cached reader pages need a route parameter so that `next build` does not prerender them
      // (the build never opens the database): see app/(site)/trang-nhat, chuyen-muc/[slug]/trang and tac-gia/[slug]/trang.
      beforeFiles: [
        { source: "/", destination: "/trang-nhat/moi-nhat" },
        { source: "/lanh-dao", destination: "/danh-ba/lanh-dao" },
        { source: "/lich-cong-tac", destination: "/lich-cong-tac/tuan-nay" },
        ...["chuyen-muc", "tac-gia"].map((prefix) => ({
          source: `/${prefix}/:slug`,
          has: [{ type: "query" as const, key: "trang", value: "(?<page>\\d{1,5})" }],
          destination: `/${prefix}/:slug/trang/:page`,
        })),
      ],
      afterFiles: [],
      fallback: [],
    };
  },
};

export default nextConfig;
