import fs from "node:fs";
import { defineConfig } from "@playwright/test";

// Debian's Chromium when present (browsers cannot be downloaded here); Playwright's own otherwise.
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => fs.existsSync(p));

// E2E_PORT_BASE lets several checkouts run their browser tests side by side.
const portBase = Number(process.env.E2E_PORT_BASE ?? 3200);
const engines = [
  { name: "pglite", port: portBase },
  { name: "postgres", port: portBase + 1 },
].filter((engine) => !process.env.E2E_ONLY || process.env.E2E_ONLY === engine.name);

export default defineConfig({
  testDir: "e2e",
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    trace: "retain-on-failure",
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    launchOptions: {
      executablePath: systemChromium,
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-gpu"],
    },
  },
  projects: engines.map((engine) => ({
    name: engine.name,
    use: { baseURL: `http://127.0.0.1:${engine.port}`, browserName: "chromium" as const },
  })),
  webServer: engines.map((engine) => ({
    command: "node --import tsx scripts/e2e-server.ts",
    env: { E2E_DB: engine.name, PORT: String(engine.port) },
    url: `http://127.0.0.1:${engine.port}/`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe" as const,
    gracefulShutdown: { signal: "SIGTERM" as const, timeout: 10_000 },
  })),
});
