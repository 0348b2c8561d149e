-- ArticleRevision: the rest of the editor's form (everything a save stores besides title, sapo and body),
-- so that an autosave or a restored revision brings the whole form back. NULL for older revisions.

-- AlterTable
ALTER TABLE "ArticleRevision" ADD COLUMN     "fields" JSONB;
