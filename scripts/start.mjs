// npm start — from a fresh checkout to a running site: installs what is missing, migrates and seeds
// the embedded database (or DATABASE_URL), builds when the sources changed, serves on PORT (3000).
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = process.env.PORT ?? "3000";
const dataDir = path.resolve(root, process.env.DATA_DIR ?? "data");
const env = { ...process.env, DATA_DIR: dataDir };

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit", ...options });
  if (result.status !== 0) {
    console.error(`\n✗ ${[command, ...args].join(" ")} failed.`);
    process.exit(result.status ?? 1);
  }
  return result;
}

function step(message) {
  console.log(`\n▶ ${message}`);
}

// 1. Dependencies.
if (!fs.existsSync(path.join(root, "node_modules", ".package-lock.json"))) {
  step("Installing dependencies (npm ci)…");
  run("npm", ["ci"]);
} else if (!fs.existsSync(path.join(root, "lib", "db", "generated", "client.ts"))) {
  run("node", ["scripts/prisma-generate.mjs"]);
}

// 2. A stable AUTH_SECRET, kept beside the data so sessions survive restarts.
fs.mkdirSync(dataDir, { recursive: true });
if (!env.AUTH_SECRET) {
  const secretFile = path.join(dataDir, "auth-secret");
  if (!fs.existsSync(secretFile)) fs.writeFileSync(secretFile, randomBytes(32).toString("base64url"), { mode: 0o600 });
  env.AUTH_SECRET = fs.readFileSync(secretFile, "utf8").trim();
}

// 3. Database.
step(`Migrating the database (${env.DATABASE_URL ? "PostgreSQL" : `PGlite in ${path.join(dataDir, "db")}`})…`);
run(process.execPath, ["--import", "tsx", "scripts/migrate.ts"]);
step("Seeding demo content…");
const seed = run(process.execPath, ["--import", "tsx", "scripts/seed.ts"], { stdio: ["inherit", "pipe", "inherit"], encoding: "utf8" });
process.stdout.write(seed.stdout);
const generatedPassword = /password: (\S+)/.exec(seed.stdout)?.[1];
const adminEmail = /(?:email: +|account )(\S+@\S+)/.exec(seed.stdout)?.[1] ?? "admin@toasoan.vn";

// 4. Build when there is no build or a source file is newer than it.
const buildId = path.join(root, ".next", "BUILD_ID");
if (!fs.existsSync(buildId) || newestSourceMtime() > fs.statSync(buildId).mtimeMs) {
  step("Building the site (next build)…");
  run(path.join(root, "node_modules", ".bin", "next"), ["build"]);
}

// 5. Serve.
step(`Starting the server on port ${port}…`);
const server = spawn(process.execPath, [path.join(root, "server.mjs"), "-p", port], { cwd: root, env, stdio: ["inherit", "pipe", "inherit"] });
let announced = false;
server.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  if (!announced && /Ready/.test(String(chunk))) {
    announced = true;
    const url = `http://localhost:${port}`;
    console.log(`\n✅ Toà soạn is running: ${url}`);
    console.log(`   Sign in at ${url}/dang-nhap as ${adminEmail}`);
    console.log(
      generatedPassword
        ? `   Password (generated now, shown once): ${generatedPassword}`
        : env.ADMIN_PASSWORD
          ? "   Password: the value of ADMIN_PASSWORD"
          : "   Password: the one printed when the account was created. Lost it? Run again with ADMIN_PASSWORD=<new password>.",
    );
    console.log("   Stop with Ctrl+C.\n");
  }
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

function newestSourceMtime() {
  let newest = 0;
  const visit = (entry) => {
    const stat = fs.statSync(entry);
    if (stat.isDirectory()) {
      for (const child of fs.readdirSync(entry)) if (child !== "generated") visit(path.join(entry, child));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const dir of ["app", "components", "lib", "public", "proxy.ts", "next.config.ts", "package-lock.json"]) {
    const full = path.join(root, dir);
    if (fs.existsSync(full)) visit(full);
  }
  return newest;
}
