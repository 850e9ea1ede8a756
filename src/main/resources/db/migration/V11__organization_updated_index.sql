-- The linker checks once a second whether the organizations' names changed (MentionLinker: their count and
-- latest updated_at, one query). Without an index on updated_at, H2 scans every organization row for the
-- max, inside an import's transaction each second; with it H2 answers count and max by a direct lookup.
-- PostgreSQL's plan stays a scan (its count reads the rows anyway); the index is kept there for one schema.
-- updated_at mostly grows, so the index's pages are appended to.
create index ix_organization_updated on organization (updated_at);
