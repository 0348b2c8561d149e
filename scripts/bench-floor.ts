// The framework's own ceiling for an uncached page on this machine: an empty ISR page (root layout and
// one <p>, no data, no proxy) built and served by Next with the site's cache handler. The bench measures
// it like the article page, so the article's uncached row can be read against what Next itself costs.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const DIR = path.resolve(".tmp/bench-floor");
const NEXT = path.resolve("node_modules/next/dist/bin/next");

const FILES: Record<string, string> = {
  "next.config.mjs": `export default { cacheHandler: ${JSON.stringify(path.resolve("lib/cache/next-cache-handler.cjs"))}, cacheMaxMemorySize: 0 };\n`,
  "app/layout.jsx": `export default function RootLayout({ children }) {\n  return (\n    <html lang="vi">\n      <body>{children}</body>\n    </html>\n  );\n}\n`,
  "app/[id]/page.jsx": [
    "export const revalidate = 86400;",
    "export const dynamicParams = true;",
    "export function generateStaticParams() {",
    "  return [];",
    "}",
    "export default async function Page({ params }) {",
    "  return <p>Trang {(await params).id}</p>;",
    "}",
    "",
  ].join("\n"),
};

/** Builds the empty app and serves it with `next start` on `port`; `stop()` ends it and removes it. */
export async function startFrameworkFloor(port: number): Promise<{ base: string; stop(): Promise<void> }> {
  fs.rmSync(DIR, { recursive: true, force: true });
  for (const [file, text] of Object.entries(FILES)) {
    fs.mkdirSync(path.dirname(path.join(DIR, file)), { recursive: true });
    fs.writeFileSync(path.join(DIR, file), text);
  }
  const build = spawnSync(process.execPath, [NEXT, "build", DIR], { stdio: "ignore", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) throw new Error("building the empty reference app failed");
  const server: ChildProcess = spawn(process.execPath, [NEXT, "start", DIR, "-p", String(port)], { stdio: "ignore" });
  const base = `http://127.0.0.1:${port}`;
  await waitUntilUp(`${base}/0`);
  return {
    base,
    async stop() {
      server.kill("SIGTERM");
      await new Promise((resolve) => setTimeout(resolve, 500));
      fs.rmSync(DIR, { recursive: true, force: true });
    },
  };
}

async function waitUntilUp(url: string) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error("the empty reference app did not start");
}
