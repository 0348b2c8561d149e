-- Groups of the officials directory get an edit time, for the edit form's conflict check. Existing
-- rows take the migration's time; like every @updatedAt column, it has no default afterwards.

-- AlterTable
ALTER TABLE "OfficialGroup" ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE "OfficialGroup" ALTER COLUMN "updatedAt" DROP DEFAULT;
