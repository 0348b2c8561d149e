import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  { ignores: [".next/**", ".tmp/**", "node_modules/**", "data/**", "lib/db/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  ...nextCoreWebVitals,
  ...nextTypescript,
  // Reader pages link with plain <a>: every navigation is a full, cacheable page load answered by the
  // page front, and no link prefetches (next/link would prefetch every link in view through Next).
  { files: ["components/site/**", "components/article/**", "app/(site)/**"], rules: { "@next/next/no-html-link-for-pages": "off" } },
  // The cache modules are CommonJS on purpose: Next loads the cache handler at run time, unbundled.
  { files: ["**/*.cjs"], rules: { "@typescript-eslint/no-require-imports": "off" } },
];

export default config;
