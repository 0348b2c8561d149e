-- CreateEnum
CREATE TYPE "RevisionKind" AS ENUM ('AUTOSAVE', 'SAVE', 'STATUS', 'RESTORE');

-- AlterTable
ALTER TABLE "Category" ADD COLUMN     "homePosition" INTEGER;

-- AlterTable
ALTER TABLE "Official" ADD COLUMN     "groupId" INTEGER,
ADD COLUMN     "position" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "reviewNote" TEXT,
ADD COLUMN     "editingById" INTEGER,
ADD COLUMN     "editingAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ArticleRevision" ADD COLUMN     "kind" "RevisionKind" NOT NULL DEFAULT 'SAVE',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Media" ADD COLUMN     "variants" JSONB;

-- CreateTable
CREATE TABLE "OfficialGroup" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "OfficialGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HomeSlot" (
    "key" TEXT NOT NULL,
    "articleId" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HomeSlot_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Banner" (
    "id" SERIAL NOT NULL,
    "slot" TEXT NOT NULL,
    "imageId" INTEGER,
    "imageUrl" TEXT,
    "linkUrl" TEXT NOT NULL,
    "alt" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3),
    "endsAt" TIMESTAMP(3),
    "position" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Banner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SiteSetting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SiteSetting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Official_groupId_position_idx" ON "Official"("groupId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "OfficialGroup_slug_key" ON "OfficialGroup"("slug");

-- CreateIndex
CREATE INDEX "Article_editingById_idx" ON "Article"("editingById");

-- CreateIndex
CREATE INDEX "HomeSlot_articleId_idx" ON "HomeSlot"("articleId");

-- CreateIndex
CREATE INDEX "Banner_slot_position_idx" ON "Banner"("slot", "position");

-- CreateIndex
CREATE INDEX "Banner_imageId_idx" ON "Banner"("imageId");

-- CreateIndex
CREATE INDEX "SignInAttempt_email_createdAt_idx" ON "SignInAttempt"("email", "createdAt");

-- CreateIndex
CREATE INDEX "SignInAttempt_ip_createdAt_idx" ON "SignInAttempt"("ip", "createdAt");

-- AddForeignKey
ALTER TABLE "Official" ADD CONSTRAINT "Official_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "OfficialGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_editingById_fkey" FOREIGN KEY ("editingById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HomeSlot" ADD CONSTRAINT "HomeSlot_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Banner" ADD CONSTRAINT "Banner_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "Media"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
