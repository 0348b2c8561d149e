// npm test — every test: type check, lint, formatting, unit tests, integration tests on PGlite and on PostgreSQL,
// then the browser tests against the production build on both engines.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);

const steps = [
  ["prisma client", "node", ["scripts/prisma-generate.mjs"]],
  ["type check", bin("tsc"), ["--noEmit"]],
  ["lint", bin("eslint"), [".", "--max-warnings=0"]],
  ["format", bin("prettier"), ["--check", "."]],
  ["unit tests", bin("vitest"), ["run", "--project", "unit"]],
  ["integration tests (PGlite)", bin("vitest"), ["run", "--project", "integration"], { TEST_DB: "pglite" }],
  ["integration tests (PostgreSQL)", bin("vitest"), ["run", "--project", "integration"], { TEST_DB: "postgres" }],
  ["production build", bin("next"), ["build"]],
  ["browser tests (PGlite and PostgreSQL)", bin("playwright"), ["test"]],
];

const only = process.argv[2];
const results = [];
for (const [name, command, args, env = {}] of steps) {
  if (only && !name.includes(only)) continue;
  console.log(`\n━━ ${name} ━━`);
  const started = Date.now();
  const run = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  const ok = run.status === 0;
  results.push({ name, ok, seconds: Math.round((Date.now() - started) / 1000) });
  // Later steps depend on the client, the types and the build: stop at the first broken foundation.
  if (!ok && ["prisma client", "production build"].includes(name)) break;
}

console.log("\n━━ summary ━━");
for (const r of results) console.log(`${r.ok ? "✓" : "✗"} ${r.name} (${r.seconds}s)`);
const failed = results.filter((r) => !r.ok).length;
console.log(`\n${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 && results.length > 0 ? 0 : 1);
