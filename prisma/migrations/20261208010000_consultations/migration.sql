-- Comments on draft documents ("Lấy ý kiến dự thảo", lib/consultations): staff publish a draft with
-- its files and an opening and closing date; readers comment until it closes; staff publish or hide
-- comments (never delete them: a draft with comments cannot be deleted) and export them.

-- CreateEnum
CREATE TYPE "ConsultationCommentStatus" AS ENUM ('NEW', 'PUBLISHED', 'HIDDEN');

-- CreateTable
CREATE TABLE "Consultation" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "draftingBody" TEXT,
    "opensAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "outcome" TEXT,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Consultation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationFile" (
    "id" SERIAL NOT NULL,
    "consultationId" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "path" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "uploadedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsultationFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationComment" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "consultationId" INTEGER NOT NULL,
    "authorName" TEXT NOT NULL,
    "organisation" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "section" TEXT,
    "text" TEXT NOT NULL,
    "status" "ConsultationCommentStatus" NOT NULL DEFAULT 'NEW',
    "contentHash" TEXT NOT NULL,
    "moderatedById" INTEGER,
    "moderatedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConsultationComment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Consultation_slug_key" ON "Consultation"("slug");

-- CreateIndex
CREATE INDEX "Consultation_publishedAt_closesAt_idx" ON "Consultation"("publishedAt", "closesAt");

-- CreateIndex
CREATE INDEX "Consultation_createdById_idx" ON "Consultation"("createdById");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationFile_path_key" ON "ConsultationFile"("path");

-- CreateIndex
CREATE INDEX "ConsultationFile_consultationId_position_idx" ON "ConsultationFile"("consultationId", "position");

-- CreateIndex
CREATE INDEX "ConsultationFile_uploadedById_idx" ON "ConsultationFile"("uploadedById");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationComment_code_key" ON "ConsultationComment"("code");

-- CreateIndex
CREATE INDEX "ConsultationComment_consultationId_status_createdAt_idx" ON "ConsultationComment"("consultationId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "ConsultationComment_contentHash_createdAt_idx" ON "ConsultationComment"("contentHash", "createdAt");

-- CreateIndex
CREATE INDEX "ConsultationComment_moderatedById_idx" ON "ConsultationComment"("moderatedById");

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationFile" ADD CONSTRAINT "ConsultationFile_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationFile" ADD CONSTRAINT "ConsultationFile_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationComment" ADD CONSTRAINT "ConsultationComment_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationComment" ADD CONSTRAINT "ConsultationComment_moderatedById_fkey" FOREIGN KEY ("moderatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
