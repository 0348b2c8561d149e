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
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "@/lib/db", message: "Query through a lib/ module (route → lib → Prisma)." }],
          patterns: [{ group: ["@/lib/db/generated/client", "@prisma/*"], message: "Query through a lib/ module (route → lib → Prisma)." }],
        },
      ],
    },
  },
  // Dependencies point one way: app/ (routes) → components/ → lib/ (the domain) → Prisma. Nothing in lib/
  // or components/ reaches back into a route, and no two modules import each other, even through others.
  {
    files: ["**/*.{ts,tsx,mjs}"],
    // Packages cannot import our code: no need to parse them (PGlite's bundle overflows the parser).
    settings: { "import/ignore": ["node_modules", "lib/db/generated"] },
    rules: {
      "import/no-cycle": ["error", { ignoreExternal: true }],
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            { target: "./lib", from: "./app", message: "lib/ is the domain: a route calls it, never the other way." },
            { target: "./components", from: "./app", message: "Components are used by routes; put shared server actions beside the component or in lib/." },
            { target: "./lib", from: "./components", message: "lib/ renders nothing: components call lib/, never the other way." },
          ],
        },
      ],
    },
  },
  // The cache modules are CommonJS on purpose: Next loads the cache handler at run time, unbundled.
  { files: ["**/*.cjs"], rules: { "@typescript-eslint/no-require-imports": "off" } },
];

export default config;
