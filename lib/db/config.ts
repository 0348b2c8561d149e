import path from "node:path";

/** Where the database lives: PostgreSQL when DATABASE_URL is set, otherwise an embedded PGlite folder. */
export type DatabaseTarget = { engine: "postgres"; url: string } | { engine: "pglite"; dir: string };

/** Root of everything the app stores on disk (embedded database, uploaded media). */
export function dataDir(): string {
  return path.resolve(/* turbopackIgnore: true */ process.env.DATA_DIR ?? "data");
}

export function databaseTarget(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new Error(`DATABASE_URL must start with postgresql:// (got "${url.split(":")[0]}:…")`);
    }
    return { engine: "postgres", url };
  }
  return { engine: "pglite", dir: path.resolve(/* turbopackIgnore: true */ env.PGLITE_DIR ?? path.join(dataDir(), "db")) };
}

export function describeTarget(target: DatabaseTarget): string {
  return target.engine === "postgres" ? `PostgreSQL ${target.url.replace(/\/\/[^@/]*@/, "//***@")}` : `PGlite ${target.dir}`;
}
