-- The staff's article list searches inside words ("Cửa L", "2022"), which full-text search does not,
-- and must ignore diacritics as the reader search does ("dang bo" finds "Đảng bộ"). "foldedText" is
-- the title and sapo folded like lib/text/vietnamese.ts foldDiacritics (unaccent folds "đ" to "d" and
-- both "ủy" and "uỷ" to "uy"), lower-cased, stored; the list matches the folded query against it.
-- No index: the list filters by author, status and category first, and staff search a few thousand
-- articles at most per screen (a trigram index can be added if that changes).

-- CreateFunction
CREATE FUNCTION "article_folded_text"(title TEXT, sapo TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT lower(unaccent('unaccent'::regdictionary, coalesce(title, '') || E'\n' || coalesce(sapo, '')))
$$;

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "foldedText" TEXT GENERATED ALWAYS AS ("article_folded_text"("title", "sapo")) STORED;
