-- Search that stays fast over 100,000+ articles (lib/search).
--
-- /tim-kiem ranks the newest matches of a query (at most SEARCH_COUNT_LIMIT + 1 of them, which also give
-- the capped count). A GIN index cannot return matches newest first, so "the newest N matches" used to
-- mean visiting every match in the table: a common word ("tỉnh ủy", "đảng bộ") matches most articles.
-- This migration lets the index itself narrow a search to a span of publication months:
--
-- * "article_search_month"(publishedAt): a tsvector holding one lexeme for the article's publication
--   month, 'month 2021-12' (no text ever parses into a lexeme with a space, so no query word can match
--   it). It is the second column of the GIN index "Article_searchVector_idx", so that
--   `"searchVector" @@ query AND "article_search_month"("publishedAt") @@ "article_search_months"(a, b)`
--   is answered inside one index scan: GIN intersects the query's posting lists with those few months'.
-- * "article_search_matches"(…): the newest `cap` matches, found month span by month span (first the
--   months that hold the newest `cap` published articles, then 1, 2, 4, 8… older months), stopping as
--   soon as it has `cap`. A common word is done after the first span; a rare one reads all its matches,
--   which are few.
-- * "searchHead": title (A) and sapo (B) only, stored for ranking. ts_rank over "searchVector" reads each
--   candidate's whole vector, body included: TOASTed, one more fetch and decompression per candidate,
--   and as long as the article. "searchHead" is small and stays in the row. A title match outranks a
--   sapo match, and both outrank a body-only match.
--
-- The index is allow-listed in tests/integration/schema-introspection.ts; "searchHead" is in schema.prisma.

-- DropIndex (rebuilt below with the publication month as its second column)
DROP INDEX "Article_searchVector_idx";

-- CreateFunction
CREATE FUNCTION "article_search_head"(title TEXT, sapo TEXT) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT setweight(to_tsvector('vietnamese_unaccent'::regconfig, coalesce(title, '')), 'A')
        || setweight(to_tsvector('vietnamese_unaccent'::regconfig, coalesce(sapo, '')), 'B')
$$;

-- CreateFunction
CREATE FUNCTION "article_search_month"(published TIMESTAMP) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN published IS NULL THEN ''::tsvector
                ELSE array_to_tsvector(ARRAY['month ' || extract(year FROM published)::integer::text || '-'
                                             || lpad(extract(month FROM published)::integer::text, 2, '0')])
           END
$$;

-- CreateFunction: the months from `first` to `last` (both included) as a query: 'month 2021-11' | 'month 2021-12'
CREATE FUNCTION "article_search_months"(first TIMESTAMP, last TIMESTAMP) RETURNS tsquery
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT string_agg("article_search_month"(month)::text, ' | ')::tsquery
      FROM generate_series(date_trunc('month', first), last, interval '1 month') AS month
$$;

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "searchHead" tsvector GENERATED ALWAYS AS ("article_search_head"("title", "sapo")) STORED;

-- CreateIndex. New entries wait in GIN's pending list until it is merged into the index, and every scan
-- reads the whole list: 1.6 MB of pending entries (the default limit is 4 MB) doubled search times in the
-- benchmark, each span of months being one scan.
-- 128 kB keeps the list short at little cost to inserts, and to bulk seeding.
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector", "article_search_month"("publishedAt"))
    WITH (gin_pending_list_limit = 128);

-- CreateFunction: the newest `cap` published articles matching `query` and the filters (each NULL: no
-- filter; `until` excluded), newest first.
CREATE FUNCTION "article_search_matches"(query tsquery, category_ids INTEGER[], since TIMESTAMP, until TIMESTAMP, cap INTEGER)
    RETURNS TABLE ("id" INTEGER, "publishedAt" TIMESTAMP(3))
    LANGUAGE plpgsql STABLE AS $$
DECLARE
    newest TIMESTAMP;
    oldest TIMESTAMP;
    anchor TIMESTAMP;
    first_month TIMESTAMP;
    last_month TIMESTAMP;
    span INTEGER := 1;
    matched INTEGER := 0;
    got INTEGER;
BEGIN
    -- The published articles the dates allow, whatever their words and category (index-only scans).
    SELECT max(a."publishedAt"), min(a."publishedAt") INTO newest, oldest
      FROM "Article" a
     WHERE a."status" = 'PUBLISHED' AND a."publishedAt" <= now()
       AND (since IS NULL OR a."publishedAt" >= since) AND (until IS NULL OR a."publishedAt" < until);
    IF newest IS NULL OR cap < 1 THEN
        RETURN;
    END IF;
    SELECT a."publishedAt" INTO anchor
      FROM "Article" a
     WHERE a."status" = 'PUBLISHED' AND a."publishedAt" <= now()
       AND (since IS NULL OR a."publishedAt" >= since) AND (until IS NULL OR a."publishedAt" < until)
     ORDER BY a."publishedAt" DESC
    OFFSET cap - 1 LIMIT 1;
    -- First span: the months of the newest `cap` of those articles (all of them when there are fewer).
    first_month := date_trunc('month', coalesce(anchor, oldest));
    last_month := date_trunc('month', newest);
    LOOP
        RETURN QUERY
            SELECT a."id", a."publishedAt"
              FROM "Article" a
             WHERE a."searchVector" @@ query
               AND "article_search_month"(a."publishedAt") @@ "article_search_months"(first_month, last_month)
               AND a."publishedAt" >= first_month AND a."publishedAt" < last_month + interval '1 month'
               AND a."status" = 'PUBLISHED' AND a."publishedAt" <= now()
               AND (since IS NULL OR a."publishedAt" >= since) AND (until IS NULL OR a."publishedAt" < until)
               AND (category_ids IS NULL OR a."categoryId" = ANY (category_ids))
             ORDER BY a."publishedAt" DESC, a."id" DESC
             LIMIT cap - matched;
        GET DIAGNOSTICS got = ROW_COUNT;
        matched := matched + got;
        EXIT WHEN matched >= cap OR first_month <= oldest;
        -- Then ever longer spans of older months: 1, 2, 4, 8…
        last_month := first_month - interval '1 month';
        first_month := greatest(first_month - make_interval(months => span), date_trunc('month', oldest));
        span := span * 2;
    END LOOP;
END
$$;
