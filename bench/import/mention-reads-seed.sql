-- Mentions for read plans on PostgreSQL (docs/benchmarks.md, V10): 10,000 organizations, 30,000 articles,
-- ~33 mentions each (10 over 200 popular organizations, skewed, 23 over the rest). Run on a database migrated
-- by the service (or V1.. applied with psql), empty; then vacuum analyze. psql -d test_<name> -f this file
insert into organization (id, name, name_key, kind, created_at, updated_at, version)
  select g, 'Org ' || g, 'org ' || g, 'COMPANY', now(), now(), 0 from generate_series(1, 10000) g;
insert into article (id, title, published_at, body, language, word_count, content_hash, created_at, updated_at, version)
  select g, 'Article ' || g, timestamp with time zone '2024-01-01 00:00:00+00' + g * interval '17 minutes',
         repeat('word ', 200), 'en', 200, md5(g::text), now(), now(), 0 from generate_series(1, 30000) g;
-- ~33 mentions per article: 10 over 200 popular organizations (skewed), 23 over the rest
insert into mention (id, article_id, organization_id, mention_count, snippet)
  select row_number() over (), a, o, 1, 'snippet of a mention, about eighty characters long, as the service stores them'
  from (select distinct a, o from (
          select a, 1 + floor(200 * power(random(), 2))::int as o from generate_series(1, 30000) a, generate_series(1, 10) k
          union all
          select a, 201 + floor(9800 * random())::int from generate_series(1, 30000) a, generate_series(1, 23) k) s) d;
analyze;
