-- One index led by organization_id on mention instead of two. H2 gives a foreign key an index of its
-- own unless one on exactly the key's columns exists when the key is declared, and V1 declared the key
-- inline, so on H2 every mention row (~34 per article) went into two B-trees led by organization_id:
-- the key's own index and ix_mention_organization (organization_id, article_id). Their keys are spread
-- over the whole gazetteer, so each commit rewrote a page of each for nearly every mention it stored.
-- The table is rebuilt with the same columns and keys; ix_mention_organization now holds
-- organization_id only and is declared before the key, so H2 uses it for the key (on PostgreSQL, which
-- adds no index for a foreign key, it is the one index on the column, as before). Reads that start from
-- an organization find its mentions' rows through it; those that start from an article use uk_mention.

create table mention_v9 (
    id              bigint  not null,
    article_id      bigint  not null,
    organization_id bigint  not null,
    mention_count   integer not null,
    snippet         varchar(1000),
    constraint pk_mention_v9 primary key (id),
    constraint uk_mention_v9 unique (article_id, organization_id)
);
create index ix_mention_organization_v9 on mention_v9 (organization_id);
insert into mention_v9 (id, article_id, organization_id, mention_count, snippet)
    select id, article_id, organization_id, mention_count, snippet from mention;
drop table mention;
alter table mention_v9 rename to mention;
alter table mention rename constraint pk_mention_v9 to pk_mention;
alter table mention rename constraint uk_mention_v9 to uk_mention;
alter index ix_mention_organization_v9 rename to ix_mention_organization;
alter table mention add constraint fk_mention_article foreign key (article_id) references article (id) on delete cascade;
alter table mention add constraint fk_mention_organization foreign key (organization_id) references organization (id) on delete cascade;
