-- An organization's identity outside this database: its Wikidata item (Q and digits), unique.
-- Several organizations may have none (NULLs never collide in a unique index).
alter table organization add column wikidata_id varchar(20);
create unique index uk_organization_wikidata_id on organization (wikidata_id);

-- Gazetteer files (NEWSGRAPH_ORGANIZATIONS_FILE) already loaded, by the SHA-256 of their content:
-- a restart with the same file skips it instead of importing it again over later edits.
create table organization_file_load (
    content_hash  varchar(64)  not null primary key,
    loaded_at     timestamp(6) with time zone not null,
    entries       integer      not null
);
