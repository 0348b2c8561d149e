-- Why the scheduler did not publish a due article (its scheduler may no longer publish).
ALTER TABLE "Article" ADD COLUMN "scheduleRefusal" TEXT;
