// Serves the production build on a fresh, migrated and seeded database, for the browser tests.
// Usage: E2E_DB=pglite|postgres PORT=3200 tsx scripts/e2e-server.ts   (needs `next build` first)
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { createFreshDatabase } from "../tests/support/test-database";

import { E2E_ADMIN } from "../e2e/fixtures";

async function main() {
  const engine = process.env.E2E_DB === "postgres" ? "postgres" : "pglite";
  process.env.TEST_DB = engine;
  const fresh = await createFreshDatabase(`e2e_${engine}`);
  const env: NodeJS.ProcessEnv = { ...process.env, ...fresh.env, ADMIN_EMAIL: E2E_ADMIN.email, ADMIN_PASSWORD: E2E_ADMIN.password };
  if (engine === "pglite") delete env.DATABASE_URL;
  env.AUTH_SECRET ??= "e2e-only-secret-e2e-only-secret-0123456789";
  // The tests reach the server directly and play the one proxy: a test sets X-Forwarded-For to act
  // from another address (e.g. several readers of an article); without it Next sets the socket's.
  env.TRUSTED_PROXY_HOPS = "1";

  // 120 generated articles (older than the demo content, outside its category) give the reader
  // site's category pages a second page; the newsroom tests need a reporter and an editor.
  const steps = [["scripts/migrate.ts"], ["scripts/seed.ts", "--bulk", "120"], ["tests/support/create-e2e-staff.ts"]];
  for (const [script, ...args] of steps) {
    const step = spawnSync(process.execPath, ["--import", "tsx", script!, ...args], { env, stdio: "inherit" });
    if (step.status !== 0) throw new Error(`${script} failed`);
  }

  // Started as `npm start` starts it: the port as a flag only (the scheduler must find it all the same).
  const port = process.env.PORT ?? "3200";
  delete env.PORT;
  const server = spawn(process.execPath, [path.resolve("server.mjs"), "-p", port], { env, stdio: "inherit" });
  const stop = () => server.kill("SIGTERM");
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  server.on("exit", async (code) => {
    await fresh.drop().catch(() => undefined);
    process.exit(code ?? 0);
  });
}

main().catch((error: Error) => {
  console.error(`e2e server: ${error.message}`);
  process.exit(1);
});
