-- An author's page lists their published articles newest first, 20 a page (/tac-gia/<slug>?trang=N),
-- like a category's: the index reads a page in order instead of sorting all of the author's articles.
-- Its first two columns still serve what "Article_authorId_status_idx" served (the staff dashboard).
DROP INDEX "Article_authorId_status_idx";
CREATE INDEX "Article_authorId_status_publishedAt_idx" ON "Article"("authorId", "status", "publishedAt" DESC);
