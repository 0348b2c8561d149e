// npm run db:migrate — applies pending migrations to the configured database (PGlite or DATABASE_URL).
import { closeDatabase, getDatabase } from "../lib/db";
import { describeTarget } from "../lib/db/config";
import { migrate } from "../lib/db/migrate";

async function main() {
  const database = getDatabase();
  try {
    const result = await migrate(database.sql);
    const where = describeTarget(database.target);
    if (result.applied.length === 0) console.log(`Database is up to date (${where}).`);
    for (const name of result.applied) console.log(`Applied migration ${name} (${where})`);
  } finally {
    await closeDatabase();
  }
}

main().catch((error: Error) => {
  console.error(`db:migrate failed: ${error.message}`);
  process.exit(1);
});
