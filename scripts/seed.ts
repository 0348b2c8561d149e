// npm run db:seed — creates the admin account and the demo content (idempotent).
// npm run db:seed -- --bulk N — and then N more generated articles (benchmark, pagination).
import { closeDatabase, db } from "../lib/db";
import { seedBulkArticles } from "../lib/seed/bulk";
import { ensureAdminAccount } from "../lib/people/accounts";
import { seedDemoContent } from "../lib/seed/demo";

async function main() {
  const result = await db.$transaction(
    async (tx) => {
      const admin = await ensureAdminAccount(tx, { email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD });
      const adminUser = await tx.user.findUniqueOrThrow({ where: { email: admin.email }, select: { id: true } });
      const content = await seedDemoContent(tx, adminUser.id);
      return { admin, content };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  const { admin, content } = result;
  console.log(
    `Seeded ${content.categories} categories, ${content.officials} officials, ${content.articles} articles, ${content.images} illustrations, ${content.questions} answered questions.`,
  );
  const bulk = bulkCount(process.argv.slice(2));
  if (bulk > 0) {
    const author = await db.user.findUniqueOrThrow({ where: { email: admin.email }, select: { id: true } });
    const started = Date.now();
    const created = await seedBulkArticles(bulk, author.id, (line) => console.log(line));
    console.log(`Generated ${created} bulk articles in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  }
  if (admin.generatedPassword) {
    console.log(
      `\nCreated the admin account. Sign in with:\n  email:    ${admin.email}\n  password: ${admin.generatedPassword}\n` +
        `This password is shown only once. To choose another, run with ADMIN_PASSWORD set.\n`,
    );
  } else if (admin.created) {
    console.log(`Created the admin account ${admin.email} with the password from ADMIN_PASSWORD.`);
  } else if (admin.passwordChanged) {
    console.log(`Admin account ${admin.email}: password set from ADMIN_PASSWORD.`);
  } else {
    console.log(`Admin account ${admin.email} already exists (its password is unchanged).`);
  }
}

function bulkCount(args: string[]): number {
  const index = args.indexOf("--bulk");
  if (index === -1) return 0;
  const value = Number(args[index + 1]);
  if (!Number.isInteger(value) || value < 1 || value > 10_000_000) throw new Error("--bulk needs a number of articles, e.g. --bulk 100000");
  return value;
}

main()
  .catch((error: Error) => {
    console.error(`db:seed failed: ${error.message}`);
    process.exitCode = 1;
  })
  .finally(() => closeDatabase());
