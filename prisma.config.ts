import { defineConfig } from "prisma/config";

// The app talks to the database through driver adapters (lib/db). This file only serves the Prisma CLI:
// `prisma generate` (scripts/prisma-generate.mjs) and, on machines where the schema engine can be
// downloaded, `prisma migrate status|deploy` against DATABASE_URL.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/toasoan" },
});
