-- Questions and answers ("Hỏi đáp", lib/questions): readers send questions from /hoi-dap/gui-cau-hoi,
-- staff answer and publish them on /hoi-dap. Public forms count their submissions by address and by
-- e-mail or phone before checking them (lib/public-forms/throttle.ts).
--
-- "searchVector" reuses the articles' search function (title A, question text B, answer text C: the
-- answer is a Tiptap document like an article body), so /hoi-dap is searched as /tim-kiem is,
-- diacritics ignored (prisma/migrations/20261127090000_search_word_separators).

-- CreateEnum
CREATE TYPE "QuestionStatus" AS ENUM ('NEW', 'ASSIGNED', 'ANSWERED', 'PUBLISHED', 'REFUSED');

-- CreateTable
CREATE TABLE "QuestionTopic" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "QuestionTopic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Question" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "topicId" INTEGER NOT NULL,
    "askerName" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "originalTitle" TEXT NOT NULL,
    "originalText" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "answer" JSONB,
    "status" "QuestionStatus" NOT NULL DEFAULT 'NEW',
    "refusalReason" TEXT,
    "assignedUnit" TEXT,
    "assigneeId" INTEGER,
    "answeredById" INTEGER,
    "answeredAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "contentHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "searchVector" tsvector GENERATED ALWAYS AS ("article_search_vector"("title", "text", "answer")) STORED,

    CONSTRAINT "Question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicFormAttempt" (
    "id" SERIAL NOT NULL,
    "form" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicFormAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "QuestionTopic_slug_key" ON "QuestionTopic"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Question_code_key" ON "Question"("code");

-- CreateIndex
CREATE INDEX "Question_status_createdAt_idx" ON "Question"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Question_status_publishedAt_idx" ON "Question"("status", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "Question_topicId_status_publishedAt_idx" ON "Question"("topicId", "status", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "Question_contentHash_createdAt_idx" ON "Question"("contentHash", "createdAt");

-- CreateIndex
CREATE INDEX "Question_assigneeId_idx" ON "Question"("assigneeId");

-- CreateIndex
CREATE INDEX "Question_answeredById_idx" ON "Question"("answeredById");

-- CreateIndex: raw SQL only (tests/integration/schema-introspection.ts, RAW_SQL_ONLY_INDEXES).
CREATE INDEX "Question_searchVector_idx" ON "Question" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "PublicFormAttempt_form_key_createdAt_idx" ON "PublicFormAttempt"("form", "key", "createdAt");

-- CreateIndex
CREATE INDEX "PublicFormAttempt_createdAt_idx" ON "PublicFormAttempt"("createdAt");

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "QuestionTopic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
