-- Search finds the words and numbers that punctuation joins (lib/search).
--
-- PostgreSQL's text search parser reads "tháng 3/2022" as the one token '3/2022' (a file path),
-- "nhiệm kỳ 2025-2030" as '2025' and the negative number '-2030', "COVID-19" as 'covid' and '-19',
-- "TP.Vinh" as the host name 'tp.vinh' and "123/QĐ-UBND" as '123/q', 'd-ubnd'…: a reader searching
-- "2022", "2030", "covid 19", "Vinh" or "QĐ-UBND" missed those articles. "article_search_text" turns
-- the characters that glue such tokens (- / . : @ + ~) into spaces, on both sides: the indexed title,
-- sapo and body text, and the reader's query ("article_search_query"), so "2025-2030" still finds
-- "2025-2030". Words mixing letters and digits ("Đ1") are folded by unaccent like other words.
--
-- The invisible characters that text pasted from web pages, chat apps and word processors carries
-- (zero-width space, non-joiner and joiner, word joiner, byte order mark, soft hyphen: U+200B-U+200D,
-- U+2060, U+FEFF, U+00AD) become spaces too: PGlite's parser reads them as letters, so "Hà Tĩnh"
-- followed by a zero-width space was the word 'tinh\u200b' there, and "Nghệ" soft-hyphen "An" the
-- word 'nghe-an' (PostgreSQL's parser separates them), which no query matched.
--
-- The generated columns keep their expressions; their functions change, and every article's vectors
-- are computed again below (an UPDATE recomputes the stored columns that depend on an updated column).

-- AlterTextSearchConfiguration
ALTER TEXT SEARCH CONFIGURATION "vietnamese_unaccent"
    ALTER MAPPING FOR numword WITH unaccent, simple;

-- CreateFunction
CREATE FUNCTION "article_search_text"(t TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT translate(t, '-/.:@+~' || chr(8203) || chr(8204) || chr(8205) || chr(8288) || chr(65279) || chr(173), repeat(' ', 13))
$$;

-- CreateFunction: the reader's query, as lib/search sends it.
CREATE FUNCTION "article_search_query"(q TEXT) RETURNS tsquery
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT plainto_tsquery('vietnamese_unaccent'::regconfig, "article_search_text"(q))
$$;

-- ReplaceFunction: the body's text nodes are joined with spaces, as jsonb_to_tsvector read them one by one.
CREATE OR REPLACE FUNCTION "article_search_vector"(title TEXT, sapo TEXT, body JSONB) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT setweight(to_tsvector('vietnamese_unaccent'::regconfig, "article_search_text"(coalesce(title, ''))), 'A')
        || setweight(to_tsvector('vietnamese_unaccent'::regconfig, "article_search_text"(coalesce(sapo, ''))), 'B')
        || setweight(to_tsvector('vietnamese_unaccent'::regconfig, "article_search_text"(coalesce(
               (SELECT string_agg(node #>> '{}', ' ')
                  FROM jsonb_array_elements(jsonb_path_query_array(coalesce(body, '{}'::jsonb), 'strict $.**.text')) AS node
                 WHERE jsonb_typeof(node) = 'string'), ''))), 'C')
$$;

-- ReplaceFunction
CREATE OR REPLACE FUNCTION "article_search_head"(title TEXT, sapo TEXT) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT setweight(to_tsvector('vietnamese_unaccent'::regconfig, "article_search_text"(coalesce(title, ''))), 'A')
        || setweight(to_tsvector('vietnamese_unaccent'::regconfig, "article_search_text"(coalesce(sapo, ''))), 'B')
$$;

-- Recompute "searchVector" and "searchHead" of every article.
UPDATE "Article" SET "title" = "title";
