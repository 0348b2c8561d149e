-- "Visible to readers" in SQL, the one form of the rule lib/articles/visibility.ts owns: published, and
-- its publication time has come ("publishedAt" is UTC without a time zone, as Prisma stores it). A single
-- expression, STABLE, not STRICT: the planner inlines it into each query, so the indexes on status and
-- "publishedAt" serve it as they served the expression written out.
CREATE FUNCTION "article_visible"(status "ArticleStatus", published_at TIMESTAMP(3)) RETURNS BOOLEAN
    LANGUAGE sql STABLE AS $$ SELECT $1 = 'PUBLISHED' AND $2 <= (now() AT TIME ZONE 'UTC') $$;

-- The search's matches (20261127040000_search_speed), the same but for the rule, now called by name.
CREATE OR REPLACE FUNCTION "article_search_matches"(query tsquery, category_ids INTEGER[], since TIMESTAMP, until TIMESTAMP, cap INTEGER)
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
     WHERE "article_visible"(a."status", a."publishedAt")
       AND (since IS NULL OR a."publishedAt" >= since) AND (until IS NULL OR a."publishedAt" < until);
    IF newest IS NULL OR cap < 1 THEN
        RETURN;
    END IF;
    SELECT a."publishedAt" INTO anchor
      FROM "Article" a
     WHERE "article_visible"(a."status", a."publishedAt")
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
               AND "article_visible"(a."status", a."publishedAt")
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
