// Where a server's CPU went: reads a `.cpuprofile` (node --cpu-prof server.mjs …) and prints the
// self time of each source, mapped through the source maps Next ships with its compiled runtime and
// writes for the build, grouped by who owns the code (this project, React, Next, Prisma, pg, Node).
// Usage: node scripts/cpu-profile-summary.mjs PROFILE.cpuprofile [top=25]
import fs from "node:fs";
import { SourceMap } from "node:module";
import { fileURLToPath } from "node:url";

const [file, top = "25"] = process.argv.slice(2);
if (!file) {
  console.error("Usage: node scripts/cpu-profile-summary.mjs PROFILE.cpuprofile [top]");
  process.exit(2);
}
const profile = JSON.parse(fs.readFileSync(file, "utf8"));

const maps = new Map();
function sourceMapOf(url) {
  if (!maps.has(url)) {
    let map = null;
    try {
      const path = url.startsWith("file://") ? fileURLToPath(url) : url;
      if (path && fs.existsSync(`${path}.map`)) map = new SourceMap(JSON.parse(fs.readFileSync(`${path}.map`, "utf8")));
    } catch {
      map = null;
    }
    maps.set(url, map);
  }
  return maps.get(url);
}

/** The original source of a profile node: its file after the source map, else its URL, else the VM's name. */
function sourceOf({ callFrame }) {
  const entry = callFrame.url ? sourceMapOf(callFrame.url)?.findEntry(callFrame.lineNumber, callFrame.columnNumber) : undefined;
  const source = entry?.originalSource ?? callFrame.url;
  if (!source) return callFrame.functionName.startsWith("(") ? callFrame.functionName : `(${callFrame.functionName || "vm"})`;
  return source
    .replace(/^file:\/\//, "")
    .replace(/^webpack:\/\/next\/\.\//, "next/")
    .replace(/^.*?node_modules\//, "")
    .replace(/^(\.\.\/)+/, "");
}

function ownerOf(source) {
  if (/^\((idle|program)\)$/.test(source)) return "idle";
  if (source === "(garbage collector)") return "garbage collector";
  if (/^(lib|components|app)\/|^proxy\.ts|^server\.mjs/.test(source) || source.startsWith(process.cwd())) return "this project";
  if (/react-(dom|server-dom)|\/react\//.test(source)) return "React";
  if (/^(pg|pg-pool|pg-protocol|pg-types)\//.test(source)) return "pg";
  if (/prisma|query-interpreter|wasm:|runtime\/core|^runtime\//.test(source)) return "Prisma";
  if (/^node:|^\(/.test(source)) return "Node.js and V8";
  return "Next.js and other packages";
}

const selfTime = new Map();
profile.samples.forEach((id, i) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const bySource = new Map();
for (const node of profile.nodes) {
  const time = selfTime.get(node.id);
  if (!time) continue;
  const source = sourceOf(node);
  bySource.set(source, (bySource.get(source) ?? 0) + time);
}
const byOwner = new Map();
for (const [source, time] of bySource) byOwner.set(ownerOf(source), (byOwner.get(ownerOf(source)) ?? 0) + time);

const busy = [...byOwner].filter(([owner]) => owner !== "idle").reduce((sum, [, time]) => sum + time, 0);
const ms = (micro) => `${Math.round(micro / 1000)} ms`.padStart(9);
const share = (micro) => `${((100 * micro) / busy).toFixed(1)} %`.padStart(7);
console.log(`Busy ${ms(busy).trim()} (idle ${ms(byOwner.get("idle") ?? 0).trim()} left out of the shares)\n`);
for (const [owner, time] of [...byOwner].sort((a, b) => b[1] - a[1])) if (owner !== "idle") console.log(`${ms(time)} ${share(time)}  ${owner}`);
console.log("");
for (const [source, time] of [...bySource].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) {
  if (ownerOf(source) !== "idle") console.log(`${ms(time)} ${share(time)}  ${source}  [${ownerOf(source)}]`);
}
