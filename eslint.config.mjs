import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  { ignores: [".next/**", ".tmp/**", "node_modules/**", "data/**", "lib/db/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  ...nextCoreWebVitals,
  ...nextTypescript,
  // Reader pages link with plain <a>: every navigation is a full, cacheable page load answered by the
  // page front, and no link prefetches (next/link would prefetch every link in view through Next).
  { files: ["components/site/**", "components/article/**", "app/(site)/**"], rules: { "@next/next/no-html-link-for-pages": "off" } },
  // A request flows route → lib/ → Prisma: routes and components never query the database themselves.
  {
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "@/lib/db", message: "Query through a lib/ module (route → lib → Prisma)." }], patterns: [{ group: ["@/lib/db/generated/client", "@prisma/*"], message: "Query through a lib/ module (route → lib → Prisma)." }] }],
    },
  },
  // The cache modules are CommonJS on purpose: Next loads the cache handler at run time, unbundled.
  { files: ["**/*.cjs"], rules: { "@typescript-eslint/no-require-imports": "off" } },
];

export default config;
