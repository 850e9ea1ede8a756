-- Tables without an index that duplicates another. H2 gives a foreign key an index of its own unless
-- an index on exactly the key's columns exists when the key is declared; V1 and V6 declared the keys
-- of organization_alias and article_band inline, before the index on the same column, so on H2 every
-- alias and every band row (32 per article) went into two equal indexes, and each commit rewrote the
-- pages of both. PostgreSQL adds no index for a foreign key, so there the one declared index stays.
-- Both tables are rebuilt with the same columns, keys and indexes, each index declared before the key
-- that uses it; their rows are copied once. (mention and article_suggestion keep theirs: H2 reuses an
-- index for a foreign key only when it has no other column, and their indexes need the second one.)

create table article_band_v7 (
    band_key    bigint not null,
    article_id  bigint not null,
    constraint pk_article_band_v7 primary key (band_key, article_id)
);
create index ix_article_band_article_v7 on article_band_v7 (article_id);
insert into article_band_v7 (band_key, article_id) select band_key, article_id from article_band;
drop table article_band;
alter table article_band_v7 rename to article_band;
alter table article_band rename constraint pk_article_band_v7 to pk_article_band;
alter index ix_article_band_article_v7 rename to ix_article_band_article;
alter table article_band add constraint fk_article_band_article foreign key (article_id) references article (id) on delete cascade;

create table organization_alias_v7 (
    id              bigint       not null,
    organization_id bigint       not null,
    alias           varchar(200) not null,
    alias_key       varchar(200) not null,
    constraint pk_organization_alias_v7 primary key (id),
    constraint uk_organization_alias_key_v7 unique (alias_key)
);
create index ix_organization_alias_org_v7 on organization_alias_v7 (organization_id);
insert into organization_alias_v7 (id, organization_id, alias, alias_key)
    select id, organization_id, alias, alias_key from organization_alias;
drop table organization_alias;
alter table organization_alias_v7 rename to organization_alias;
alter table organization_alias rename constraint pk_organization_alias_v7 to pk_organization_alias;
alter table organization_alias rename constraint uk_organization_alias_key_v7 to uk_organization_alias_key;
alter index ix_organization_alias_org_v7 rename to ix_organization_alias_org;
alter table organization_alias add constraint fk_organization_alias_organization foreign key (organization_id) references organization (id) on delete cascade;
