// Fails when prisma/schema.prisma and the database built by prisma/migrations/*/migration.sql differ,
// which is what `prisma migrate diff` would tell us if its schema engine could be downloaded here.
// To fix a failure: write the migration that brings the database to schema.prisma (or the other way round).
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { getDatabase } from "@/lib/db";
import { introspectDatabase, schemaDrift, shapeFromPrismaSchema, type DatabaseShape } from "./schema-introspection";

const schemaText = fs.readFileSync(path.resolve(import.meta.dirname, "../../prisma/schema.prisma"), "utf8");

type Edit = (text: string) => string;

/** schema.prisma with `edits` applied. Every edit throws when it changes nothing, so a variant cannot silently be the original. */
function schemaWith(...edits: Edit[]): string {
  return edits.reduce((text, edit) => edit(text), schemaText);
}

const replace =
  (from: string | RegExp, to: string): Edit =>
  (text) => {
    const edited = text.replace(from, to);
    if (edited === text) throw new Error(`${String(from)} not found in ${JSON.stringify(text.slice(0, 60))}…`);
    return edited;
  };

const append =
  (addition: string): Edit =>
  (text) =>
    text + addition;

/** Edits the body of `model <name> { … }` (or `enum`), whatever the column alignment. */
const inBlock =
  (keyword: "model" | "enum", name: string, ...edits: Edit[]): Edit =>
  (text) => {
    const block = new RegExp(`^(${keyword} ${name} \\{\\n)([\\s\\S]*?)(^\\})`, "m");
    const match = block.exec(text);
    if (!match) throw new Error(`schema.prisma has no ${keyword} ${name}`);
    const body = edits.reduce((b, edit) => edit(b), match[2]!);
    return text.replace(block, (_all, head: string, _body: string, tail: string) => head + body + tail);
  };
const model = (name: string, ...edits: Edit[]) => inBlock("model", name, ...edits);
const enumeration = (name: string, ...edits: Edit[]) => inBlock("enum", name, ...edits);

/** Edits the line of field `name` in a model body. */
const field =
  (name: string, ...edits: Edit[]): Edit =>
  (body) => {
    const line = new RegExp(`^[ \\t]*${name}[ \\t].*$`, "m");
    const match = line.exec(body);
    if (!match) throw new Error(`no field ${name} in ${JSON.stringify(body)}`);
    const edited = edits.reduce((l, edit) => edit(l), match[0]);
    return body.replace(line, () => edited);
  };

/** The database as it is after running `ddl`, which is then rolled back. */
async function introspectAfter(ddl: string): Promise<DatabaseShape> {
  const rollback = new Error("roll back");
  let shape: DatabaseShape | undefined;
  const run = getDatabase().sql.transaction(async (tx) => {
    await tx.exec(ddl);
    shape = await introspectDatabase(tx);
    throw rollback;
  });
  await expect(run).rejects.toBe(rollback);
  if (!shape) throw new Error("the database was not introspected");
  return shape;
}

const IN_SCHEMA_ONLY = "in schema.prisma, missing in the database";
const IN_DATABASE_ONLY = "in the database, missing in schema.prisma";

describe("schema drift", () => {
  it("schema.prisma and the migrations describe the same database", async () => {
    const database = await introspectDatabase(getDatabase().sql);
    const differences = schemaDrift(schemaText, database);
    expect(differences, `schema.prisma and prisma/migrations differ:\n  ${differences.join("\n  ")}\n`).toEqual([]);

    // Not vacuously: the introspection found the tables, with their columns, indexes and foreign keys.
    const tables = [...database.tables.values()];
    expect(tables.length).toBeGreaterThanOrEqual(shapeFromPrismaSchema(schemaText).tables.size);
    expect(tables.every((table) => table.columns.size > 0)).toBe(true);
    expect(tables.some((table) => table.indexes.size > 0 && table.foreignKeys.size > 0)).toBe(true);
  });

  it("refuses a schema.prisma that Prisma itself rejects", () => {
    expect(() => shapeFromPrismaSchema(schemaWith(model("Redirect", field("fromPath", replace("String", "Strin")))))).toThrow(
      /schema\.prisma is invalid:[\s\S]*Strin/,
    );
  });

  describe("reports a schema.prisma change that has no migration", () => {
    const cases: { change: string; schema: () => string; expected: string[] }[] = [
      {
        change: "a new field",
        schema: () => schemaWith(model("Redirect", append("  extra String\n"))),
        expected: [`Redirect.extra: ${IN_SCHEMA_ONLY}`],
      },
      {
        change: "a removed model",
        schema: () => schemaWith(replace(/^model Redirect \{[^}]*\}$/m, "")),
        expected: [`table Redirect: ${IN_DATABASE_ONLY}`],
      },
      {
        change: "a field made optional",
        schema: () => schemaWith(model("Category", field("description", replace(/\bString\b/, "String?")))),
        expected: ["Category.description: nullable in schema.prisma but NOT NULL in the database"],
      },
      {
        change: "a field renamed with @map",
        schema: () => schemaWith(model("Redirect", field("toPath", append(' @map("to_path")')))),
        expected: [`Redirect.toPath: ${IN_DATABASE_ONLY}`, `Redirect.to_path: ${IN_SCHEMA_ONLY}`],
      },
      {
        change: "a native type",
        schema: () => schemaWith(model("Redirect", field("toPath", append(" @db.VarChar(500)")))),
        expected: ["Redirect.toPath: type character varying(500) in schema.prisma but type text in the database"],
      },
      {
        change: "a changed default",
        schema: () => schemaWith(model("Category", field("position", replace("@default(0)", "@default(1)")))),
        expected: ["Category.position: default 1 in schema.prisma but default 0 in the database"],
      },
      {
        change: "a removed default",
        schema: () => schemaWith(model("User", field("bio", replace('@default("")', "")))),
        expected: ["User.bio: no default in schema.prisma but default '' in the database"],
      },
      {
        change: "a new index",
        schema: () => schemaWith(model("Article", append("  @@index([title])\n"))),
        expected: [`Article: index Article_title_idx (title): ${IN_SCHEMA_ONLY}`],
      },
      {
        change: "an index's sort order",
        schema: () => schemaWith(model("Article", replace("@@index([status, publishedAt(sort: Desc)])", "@@index([status, publishedAt])"))),
        expected: [
          "Article: Article_status_publishedAt_idx: index (status, publishedAt) in schema.prisma but index (status, publishedAt DESC) in the database",
        ],
      },
      {
        change: "an index's column order",
        schema: () =>
          schemaWith(model("Category", replace("@@index([parentId, position])", '@@index([position, parentId], map: "Category_parentId_position_idx")'))),
        expected: ["Category: Category_parentId_position_idx: index (position, parentId) in schema.prisma but index (parentId, position) in the database"],
      },
      {
        change: "a removed @unique",
        schema: () => schemaWith(model("Category", field("slug", replace("@unique", "")))),
        expected: [`Category: unique index Category_slug_key (slug): ${IN_DATABASE_ONLY}`],
      },
      {
        change: "a primary key's column order",
        schema: () => schemaWith(model("ArticleOfficial", replace("@@id([articleId, officialId])", "@@id([officialId, articleId])"))),
        expected: [
          "ArticleOfficial: ArticleOfficial_pkey: primary key (officialId, articleId) in schema.prisma but primary key (articleId, officialId) in the database",
        ],
      },
      {
        change: "a relation's onDelete",
        schema: () => schemaWith(model("Article", field("category", replace("onDelete: Restrict", "onDelete: Cascade")))),
        expected: [
          "Article: foreign key Article_categoryId_fkey: (categoryId) → Category(id) ON DELETE CASCADE ON UPDATE CASCADE in schema.prisma" +
            " but (categoryId) → Category(id) ON DELETE RESTRICT ON UPDATE CASCADE in the database",
        ],
      },
      {
        change: "a foreign key renamed with map:",
        schema: () => schemaWith(model("Article", field("author", replace(/\)\s*$/, ', map: "Article_author_fkey")')))),
        expected: [
          `Article: foreign key Article_authorId_fkey (authorId) → User(id) ON DELETE RESTRICT ON UPDATE CASCADE: ${IN_DATABASE_ONLY}`,
          `Article: foreign key Article_author_fkey (authorId) → User(id) ON DELETE RESTRICT ON UPDATE CASCADE: ${IN_SCHEMA_ONLY}`,
        ],
      },
      {
        change: "a new enum value",
        schema: () => schemaWith(enumeration("Role", append("  GUEST\n"))),
        expected: [`enum Role value GUEST: ${IN_SCHEMA_ONLY}`],
      },
      {
        change: "a new enum",
        schema: () => schemaWith(append("\nenum Mood {\n  CALM\n}\n")),
        expected: [`enum Mood (CALM): ${IN_SCHEMA_ONLY}`],
      },
      {
        change: "a new model with an implicit many-to-many relation",
        schema: () =>
          schemaWith(
            model("Article", append("  tags Tag[]\n")),
            append("\nmodel Tag {\n  id       Int       @id @default(autoincrement())\n  name     String    @unique\n  articles Article[]\n}\n"),
          ),
        expected: [`table Tag: ${IN_SCHEMA_ONLY}`, `table _ArticleToTag: ${IN_SCHEMA_ONLY}`],
      },
    ];

    it.each(cases)("$change", async ({ schema, expected }) => {
      const database = await introspectDatabase(getDatabase().sql);
      expect(schemaDrift(schema(), database)).toEqual(expected);
    });

    it("but not a change in spelling only: Prisma's default names and referential actions written out", async () => {
      const database = await introspectDatabase(getDatabase().sql);
      const spelledOut = schemaWith(
        model("Redirect", field("fromPath", replace("@unique", '@unique(map: "Redirect_fromPath_key")'))),
        model("Article", replace("@@index([featuredImageId])", '@@index([featuredImageId], map: "Article_featuredImageId_idx", type: BTree)')),
        model("AuditLog", field("user", replace(", onDelete: SetNull", ""))),
        model("Media", field("uploader", replace("onDelete: Restrict", 'onUpdate: Cascade, map: "Media_uploaderId_fkey"'))),
      );
      expect(schemaDrift(spelledOut, database)).toEqual([]);
    });
  });

  describe("reports a database change that schema.prisma does not have", () => {
    afterEach(async () => {
      // Each change was rolled back.
      expect(schemaDrift(schemaText, await introspectDatabase(getDatabase().sql))).toEqual([]);
    });

    const cases: { change: string; ddl: string; expected: string[] }[] = [
      {
        change: "an extra column",
        ddl: `ALTER TABLE "Redirect" ADD COLUMN "zzz" text`,
        expected: [`Redirect.zzz: ${IN_DATABASE_ONLY}`],
      },
      {
        change: "a dropped column",
        ddl: `ALTER TABLE "Article" DROP COLUMN "byline"`,
        expected: [`Article.byline: ${IN_SCHEMA_ONLY}`],
      },
      {
        change: "an extra table",
        ddl: `CREATE TABLE "Stray" ("id" integer PRIMARY KEY)`,
        expected: [`table Stray: ${IN_DATABASE_ONLY}`],
      },
      {
        change: "a dropped table",
        ddl: `DROP TABLE "Redirect"`,
        expected: [`table Redirect: ${IN_SCHEMA_ONLY}`],
      },
      {
        change: "a column type",
        ddl: `ALTER TABLE "Redirect" ALTER COLUMN "toPath" TYPE varchar(500)`,
        expected: ["Redirect.toPath: type text in schema.prisma but type character varying(500) in the database"],
      },
      {
        change: "a timestamp precision",
        ddl: `ALTER TABLE "Redirect" ALTER COLUMN "createdAt" TYPE timestamp(6)`,
        expected: ["Redirect.createdAt: type timestamp(3) without time zone in schema.prisma but type timestamp(6) without time zone in the database"],
      },
      {
        change: "a dropped NOT NULL",
        ddl: `ALTER TABLE "Category" ALTER COLUMN "description" DROP NOT NULL`,
        expected: ["Category.description: NOT NULL in schema.prisma but nullable in the database"],
      },
      {
        change: "a dropped default",
        ddl: `ALTER TABLE "Category" ALTER COLUMN "description" DROP DEFAULT`,
        expected: ["Category.description: default '' in schema.prisma but no default in the database"],
      },
      {
        change: "a different default",
        ddl: `ALTER TABLE "Article" ALTER COLUMN "status" SET DEFAULT 'PUBLISHED'`,
        expected: ["Article.status: default 'DRAFT' in schema.prisma but default 'PUBLISHED' in the database"],
      },
      {
        change: "a dropped index",
        ddl: `DROP INDEX "Article_status_publishedAt_idx"`,
        expected: [`Article: index Article_status_publishedAt_idx (status, publishedAt DESC): ${IN_SCHEMA_ONLY}`],
      },
      {
        change: "an index's sort order",
        ddl: `DROP INDEX "Article_status_publishedAt_idx"; CREATE INDEX "Article_status_publishedAt_idx" ON "Article"("status", "publishedAt")`,
        expected: [
          "Article: Article_status_publishedAt_idx: index (status, publishedAt DESC) in schema.prisma but index (status, publishedAt) in the database",
        ],
      },
      {
        change: "an index's column order",
        ddl: `DROP INDEX "Official_givenName_familyName_idx"; CREATE INDEX "Official_givenName_familyName_idx" ON "Official"("familyName", "givenName")`,
        expected: [
          "Official: Official_givenName_familyName_idx: index (givenName, familyName) in schema.prisma but index (familyName, givenName) in the database",
        ],
      },
      {
        change: "a unique index made non-unique",
        ddl: `DROP INDEX "Redirect_fromPath_key"; CREATE INDEX "Redirect_fromPath_key" ON "Redirect"("fromPath")`,
        expected: ["Redirect: Redirect_fromPath_key: unique index (fromPath) in schema.prisma but index (fromPath) in the database"],
      },
      {
        change: "an extra trigram index",
        ddl: `CREATE INDEX "Article_title_idx" ON "Article" USING gin ("title" gin_trgm_ops)`,
        expected: [`Article: index Article_title_idx (title gin_trgm_ops) USING gin: ${IN_DATABASE_ONLY}`],
      },
      {
        change: "the allow-listed search index dropped",
        ddl: `DROP INDEX "Article_searchVector_idx"`,
        expected: [`Article: index Article_searchVector_idx (searchVector, article_search_month("publishedAt")) USING gin: ${IN_SCHEMA_ONLY}`],
      },
      {
        change: "the allow-listed search index rebuilt with another method",
        ddl: `DROP INDEX "Article_searchVector_idx"; CREATE INDEX "Article_searchVector_idx" ON "Article" USING gist ("searchVector")`,
        expected: [
          'Article: Article_searchVector_idx: index (searchVector, article_search_month("publishedAt")) USING gin in schema.prisma but index (searchVector) USING gist in the database',
        ],
      },
      {
        change: "another raw-SQL index beside the allow-listed one",
        ddl: `CREATE INDEX "Article_searchVector_extra_idx" ON "Article" USING gin ("searchVector")`,
        expected: [`Article: index Article_searchVector_extra_idx (searchVector) USING gin: ${IN_DATABASE_ONLY}`],
      },
      {
        change: "a dropped primary key",
        ddl: `ALTER TABLE "ArticleOfficial" DROP CONSTRAINT "ArticleOfficial_pkey"`,
        expected: [`ArticleOfficial: primary key ArticleOfficial_pkey (articleId, officialId): ${IN_SCHEMA_ONLY}`],
      },
      {
        change: "a dropped foreign key",
        ddl: `ALTER TABLE "Article" DROP CONSTRAINT "Article_authorId_fkey"`,
        expected: [`Article: foreign key Article_authorId_fkey (authorId) → User(id) ON DELETE RESTRICT ON UPDATE CASCADE: ${IN_SCHEMA_ONLY}`],
      },
      {
        change: "a foreign key's ON DELETE",
        ddl: `ALTER TABLE "AuditLog" DROP CONSTRAINT "AuditLog_userId_fkey";
              ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
        expected: [
          "AuditLog: foreign key AuditLog_userId_fkey: (userId) → User(id) ON DELETE SET NULL ON UPDATE CASCADE in schema.prisma" +
            " but (userId) → User(id) ON DELETE CASCADE ON UPDATE CASCADE in the database",
        ],
      },
      {
        change: "an extra enum value",
        ddl: `ALTER TYPE "Role" ADD VALUE 'GUEST'`,
        expected: [`enum Role value GUEST: ${IN_DATABASE_ONLY}`],
      },
      {
        change: "an extra enum",
        ddl: `CREATE TYPE "Mood" AS ENUM ('CALM')`,
        expected: [`enum Mood (CALM): ${IN_DATABASE_ONLY}`],
      },
    ];

    it.each(cases)("$change", async ({ ddl, expected }) => {
      expect(schemaDrift(schemaText, await introspectAfter(ddl))).toEqual(expected);
    });
  });

  it("follows Prisma's PostgreSQL conventions: a schema change and the migration Prisma generates for it agree", async () => {
    const schema = schemaWith(
      model("Redirect", append("  probes ConventionProbe[]\n")),
      model("Article", append("  tags Tag[]\n")),
      append(`
enum Mood {
  HAPPY @map("happy")
  SAD

  @@map("mood")
}

model Tag {
  id       Int       @id @default(autoincrement())
  name     String    @unique
  articles Article[]
}

model ConventionProbe {
  id                                        BigInt                   @id @default(autoincrement())
  code                                      String                   @unique(map: "probe_code") @db.VarChar(20)
  label                                     String                   @default("it's") @map("display_label")
  ratio                                     Decimal                  @default(1.5) @db.Decimal(10, 2)
  score                                     Float                    @default(-1)
  amount                                    Decimal?
  tags                                      String[]
  moods                                     Mood[]
  mood                                      Mood                     @default(HAPPY)
  at                                        DateTime                 @default(now()) @db.Timestamptz
  day                                       DateTime?                @db.Date
  token                                     String                   @default(uuid()) @db.Uuid
  data                                      Json                     @default("{}")
  raw                                       Bytes?
  search                                    Unsupported("tsvector")?
  redirectId                                Int
  redirect                                  Redirect                 @relation(fields: [redirectId], references: [id], onDelete: Cascade, map: "probe_redirect")
  aVeryLongColumnNameThatKeepsGoingAndGoing Int?

  @@unique([redirectId, mood])
  @@index([aVeryLongColumnNameThatKeepsGoingAndGoing, redirectId])
  @@index([data(ops: JsonbPathOps)], type: Gin)
  @@map("convention_probe")
}
`),
    );
    // The migration `prisma migrate dev` generates for that change, written out by hand (the schema engine is not available here).
    const migration = `
      CREATE TYPE "mood" AS ENUM ('happy', 'SAD');
      CREATE TABLE "Tag" ("id" SERIAL NOT NULL, "name" TEXT NOT NULL, CONSTRAINT "Tag_pkey" PRIMARY KEY ("id"));
      CREATE TABLE "convention_probe" (
          "id" BIGSERIAL NOT NULL,
          "code" VARCHAR(20) NOT NULL,
          "display_label" TEXT NOT NULL DEFAULT 'it''s',
          "ratio" DECIMAL(10,2) NOT NULL DEFAULT 1.5,
          "score" DOUBLE PRECISION NOT NULL DEFAULT -1,
          "amount" DECIMAL(65,30),
          "tags" TEXT[],
          "moods" "mood"[],
          "mood" "mood" NOT NULL DEFAULT 'happy',
          "at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
          "day" DATE,
          "token" UUID NOT NULL,
          "data" JSONB NOT NULL DEFAULT '{}',
          "raw" BYTEA,
          "search" tsvector,
          "redirectId" INTEGER NOT NULL,
          "aVeryLongColumnNameThatKeepsGoingAndGoing" INTEGER,
          CONSTRAINT "convention_probe_pkey" PRIMARY KEY ("id")
      );
      CREATE TABLE "_ArticleToTag" ("A" INTEGER NOT NULL, "B" INTEGER NOT NULL, CONSTRAINT "_ArticleToTag_AB_pkey" PRIMARY KEY ("A","B"));
      CREATE UNIQUE INDEX "Tag_name_key" ON "Tag"("name");
      CREATE UNIQUE INDEX "probe_code" ON "convention_probe"("code");
      CREATE INDEX "convention_probe_aVeryLongColumnNameThatKeepsGoingAndGoing__idx" ON "convention_probe"("aVeryLongColumnNameThatKeepsGoingAndGoing", "redirectId");
      CREATE INDEX "convention_probe_data_idx" ON "convention_probe" USING GIN ("data" jsonb_path_ops);
      CREATE UNIQUE INDEX "convention_probe_redirectId_mood_key" ON "convention_probe"("redirectId", "mood");
      CREATE INDEX "_ArticleToTag_B_index" ON "_ArticleToTag"("B");
      ALTER TABLE "convention_probe" ADD CONSTRAINT "probe_redirect" FOREIGN KEY ("redirectId") REFERENCES "Redirect"("id") ON DELETE CASCADE ON UPDATE CASCADE;
      ALTER TABLE "_ArticleToTag" ADD CONSTRAINT "_ArticleToTag_A_fkey" FOREIGN KEY ("A") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
      ALTER TABLE "_ArticleToTag" ADD CONSTRAINT "_ArticleToTag_B_fkey" FOREIGN KEY ("B") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;
    `;
    const database = await introspectAfter(migration);
    expect(database.tables.get("convention_probe")?.columns.size).toBe(17);
    expect(schemaDrift(schema, database)).toEqual([]);
    // …and the same migration against the unchanged schema is all drift.
    expect(schemaDrift(schemaText, database)).toEqual([
      `table Tag: ${IN_DATABASE_ONLY}`,
      `table _ArticleToTag: ${IN_DATABASE_ONLY}`,
      `table convention_probe: ${IN_DATABASE_ONLY}`,
      `enum mood (happy, SAD): ${IN_DATABASE_ONLY}`,
    ]);
  });
});
