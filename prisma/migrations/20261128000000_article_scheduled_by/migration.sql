-- Article: who scheduled its publication, so that the scheduler publishes (revision and audit row) in
-- the name of that editor rather than of the article's author. Set with "scheduledAt", cleared with it.

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "scheduledById" INTEGER;

-- Articles scheduled before this migration: the editor of their latest "article.schedule" audit row.
UPDATE "Article" AS a
SET "scheduledById" = (
  SELECT l."userId"
  FROM "AuditLog" AS l
  WHERE l."entity" = 'Article' AND l."entityId" = a."id"::text AND l."action" = 'article.schedule'
  ORDER BY l."createdAt" DESC, l."id" DESC
  LIMIT 1
)
WHERE a."status" = 'SCHEDULED';

-- CreateIndex
CREATE INDEX "Article_scheduledById_idx" ON "Article"("scheduledById");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_scheduledById_fkey" FOREIGN KEY ("scheduledById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
