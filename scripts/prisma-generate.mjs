// Runs `prisma generate` everywhere, including machines without internet access.
// Prisma's CLI insists on a schema-engine binary even for `generate`, which never executes it. When
// no real binary is installed (offline install, or install scripts not approved), point the CLI at a
// stub for this one command. Machines that have the real engine keep using it.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const enginesDir = path.join(root, "node_modules", "@prisma", "engines");
const hasRealEngine = existsSync(enginesDir) && readdirSync(enginesDir).some((name) => name.startsWith("schema-engine"));

const env = { ...process.env };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY && !hasRealEngine) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = path.join(root, "scripts", "schema-engine-offline.sh");
}

const prismaCli = path.join(root, "node_modules", "prisma", "build", "index.js");
const result = spawnSync(process.execPath, [prismaCli, "generate"], { cwd: root, env, stdio: "inherit" });
process.exit(result.status ?? 1);
