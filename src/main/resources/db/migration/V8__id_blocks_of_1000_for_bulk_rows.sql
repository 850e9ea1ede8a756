-- Ids in blocks of 1,000 for the rows written in bulk: an import's mentions (~34 per article) and
-- suggestions, and importOrganizations' organizations and aliases. Hibernate takes a block with one
-- sequence call; on H2 every 32nd call also writes the sequence's new value with a commit of its own,
-- in the middle of the import's transaction, and that commit writes every page the import has touched
-- so far (10 % of an article import's request thread in a profile, docs/benchmarks.md). With blocks of
-- 50, a batch of 50 articles took ~35 blocks of mention ids; with 1,000, two. The sequences keep their
-- current value (no id is given twice); each entity's allocationSize says 1,000 too (Hibernate checks
-- that they agree at start).
alter sequence mention_seq increment by 1000;
alter sequence article_suggestion_seq increment by 1000;
alter sequence organization_seq increment by 1000;
alter sequence organization_alias_seq increment by 1000;
