-- Documents ("Văn bản chỉ đạo, điều hành", lib/documents): the agency's resolutions, directives,
-- decisions… with their number and symbol, issuing body, signer, dates, files and the relations
-- between them (amends, replaces, repeals, guides). A document's status is derived from its dates
-- and relations (lib/documents/status.ts), never stored.
--
-- "searchVector" reuses the articles' search function for a title and a sapo: the summary ("Trích
-- yếu") weighs A, the text extracted from the PDF files ("fulltext") B, so /van-ban is searched as
-- /tim-kiem is, diacritics ignored (prisma/migrations/20261127090000_search_word_separators).

-- CreateEnum
CREATE TYPE "DocumentRelationKind" AS ENUM ('AMENDS', 'REPLACES', 'REPEALS', 'GUIDES');

-- CreateTable
CREATE TABLE "DocumentType" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DocumentType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IssuingBody" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IssuingBody_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LegalDocument" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "typeId" INTEGER NOT NULL,
    "issuingBodyId" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "numberKey" TEXT NOT NULL,
    "signerId" INTEGER,
    "signerName" TEXT,
    "field" TEXT,
    "issuedOn" DATE NOT NULL,
    "effectiveOn" DATE,
    "expiresOn" DATE,
    "summary" TEXT NOT NULL,
    "fulltext" TEXT NOT NULL DEFAULT '',
    "publishedAt" TIMESTAMP(3),
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "searchVector" tsvector GENERATED ALWAYS AS ("article_search_head"("summary", "fulltext")) STORED,

    CONSTRAINT "LegalDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LegalDocumentFile" (
    "id" SERIAL NOT NULL,
    "documentId" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "path" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "text" TEXT,
    "hasText" BOOLEAN NOT NULL DEFAULT false,
    "uploadedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LegalDocumentFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentRelation" (
    "id" SERIAL NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "targetId" INTEGER NOT NULL,
    "kind" "DocumentRelationKind" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentRelation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DocumentType_slug_key" ON "DocumentType"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "IssuingBody_slug_key" ON "IssuingBody"("slug");

-- CreateIndex
CREATE INDEX "LegalDocument_publishedAt_issuedOn_idx" ON "LegalDocument"("publishedAt", "issuedOn" DESC);

-- CreateIndex
CREATE INDEX "LegalDocument_numberKey_idx" ON "LegalDocument"("numberKey");

-- CreateIndex
CREATE INDEX "LegalDocument_typeId_idx" ON "LegalDocument"("typeId");

-- CreateIndex
CREATE INDEX "LegalDocument_issuingBodyId_idx" ON "LegalDocument"("issuingBodyId");

-- CreateIndex
CREATE INDEX "LegalDocument_signerId_idx" ON "LegalDocument"("signerId");

-- CreateIndex
CREATE INDEX "LegalDocument_createdById_idx" ON "LegalDocument"("createdById");

-- CreateIndex: the search's index (raw SQL only: tests/integration/schema-introspection.ts RAW_SQL_ONLY_INDEXES).
CREATE INDEX "LegalDocument_searchVector_idx" ON "LegalDocument" USING GIN ("searchVector");

-- CreateIndex
CREATE UNIQUE INDEX "LegalDocumentFile_path_key" ON "LegalDocumentFile"("path");

-- CreateIndex
CREATE INDEX "LegalDocumentFile_documentId_position_idx" ON "LegalDocumentFile"("documentId", "position");

-- CreateIndex
CREATE INDEX "LegalDocumentFile_uploadedById_idx" ON "LegalDocumentFile"("uploadedById");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentRelation_sourceId_targetId_kind_key" ON "DocumentRelation"("sourceId", "targetId", "kind");

-- CreateIndex
CREATE INDEX "DocumentRelation_targetId_idx" ON "DocumentRelation"("targetId");

-- AddForeignKey
ALTER TABLE "LegalDocument" ADD CONSTRAINT "LegalDocument_typeId_fkey" FOREIGN KEY ("typeId") REFERENCES "DocumentType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LegalDocument" ADD CONSTRAINT "LegalDocument_issuingBodyId_fkey" FOREIGN KEY ("issuingBodyId") REFERENCES "IssuingBody"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LegalDocument" ADD CONSTRAINT "LegalDocument_signerId_fkey" FOREIGN KEY ("signerId") REFERENCES "Official"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LegalDocument" ADD CONSTRAINT "LegalDocument_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LegalDocumentFile" ADD CONSTRAINT "LegalDocumentFile_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "LegalDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LegalDocumentFile" ADD CONSTRAINT "LegalDocumentFile_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentRelation" ADD CONSTRAINT "DocumentRelation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "LegalDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentRelation" ADD CONSTRAINT "DocumentRelation_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "LegalDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;
