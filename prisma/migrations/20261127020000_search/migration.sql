-- Full-text search for the reader site (/tim-kiem), diacritic- and case-insensitive.
-- Raw SQL that Prisma cannot express: a text search configuration that strips Vietnamese diacritics
-- (unaccent folds "đ" to "d" and both "ủy" and "uỷ" to "uy", like lib/text/vietnamese.ts foldDiacritics),
-- an immutable function building an article's weighted tsvector (title A, sapo B, body text C), the
-- stored generated column it fills, and its GIN index (allow-listed in tests/integration/schema-introspection.ts).

-- CreateTextSearchConfiguration
CREATE TEXT SEARCH CONFIGURATION "vietnamese_unaccent" (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION "vietnamese_unaccent"
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, simple;

-- CreateFunction
CREATE FUNCTION "article_search_vector"(title TEXT, sapo TEXT, body JSONB) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT setweight(to_tsvector('vietnamese_unaccent'::regconfig, coalesce(title, '')), 'A')
        || setweight(to_tsvector('vietnamese_unaccent'::regconfig, coalesce(sapo, '')), 'B')
        || setweight(jsonb_to_tsvector('vietnamese_unaccent'::regconfig, jsonb_path_query_array(coalesce(body, '{}'::jsonb), 'strict $.**.text'), '["string"]'), 'C')
$$;

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "searchVector" tsvector GENERATED ALWAYS AS ("article_search_vector"("title", "sapo", "body")) STORED;

-- CreateIndex
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");
