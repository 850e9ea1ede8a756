-- Newsgraph schema. Links cascade on delete: deleting a node removes its links, never other nodes.
-- Portable SQL: runs on PostgreSQL and on H2 in PostgreSQL mode.

create sequence organization_seq start with 1 increment by 50;
create sequence organization_alias_seq start with 1 increment by 50;
create sequence article_seq start with 1 increment by 50;
create sequence news_event_seq start with 1 increment by 50;
create sequence mention_seq start with 1 increment by 50;
create sequence participation_seq start with 1 increment by 50;
create sequence article_event_seq start with 1 increment by 50;
create sequence event_link_seq start with 1 increment by 50;

create table organization (
    id            bigint       not null primary key,
    name          varchar(200) not null,
    name_key      varchar(200) not null,
    kind          varchar(32)  not null,
    country       varchar(2),
    founded_year  integer,
    description   varchar(4000),
    website       varchar(500),
    parent_id     bigint references organization (id) on delete set null,
    created_at    timestamp(6) with time zone not null,
    updated_at    timestamp(6) with time zone not null,
    version       integer      not null,
    constraint uk_organization_name_key unique (name_key)
);
create index ix_organization_name on organization (name, id);
create index ix_organization_kind on organization (kind);
create index ix_organization_country on organization (country);
create index ix_organization_created on organization (created_at, id);
create index ix_organization_parent on organization (parent_id);

create table organization_alias (
    id              bigint       not null primary key,
    organization_id bigint       not null references organization (id) on delete cascade,
    alias           varchar(200) not null,
    alias_key       varchar(200) not null,
    constraint uk_organization_alias_key unique (alias_key)
);
create index ix_organization_alias_org on organization_alias (organization_id);

create table article (
    id            bigint        not null primary key,
    title         varchar(500)  not null,
    published_at  timestamp(6) with time zone not null,
    body          text          not null,
    summary       varchar(4000),
    source        varchar(200),
    url           varchar(1000),
    language      varchar(16)   not null,
    word_count    integer       not null,
    content_hash  varchar(64)   not null,
    created_at    timestamp(6) with time zone not null,
    updated_at    timestamp(6) with time zone not null,
    version       integer       not null,
    constraint uk_article_url unique (url)
);
create index ix_article_published on article (published_at, id);
create index ix_article_title on article (title, id);
create index ix_article_created on article (created_at, id);
create index ix_article_source on article (source);
create index ix_article_language on article (language);
create index ix_article_content_hash on article (content_hash);

create table news_event (
    id              bigint       not null primary key,
    title           varchar(500) not null,
    kind            varchar(32)  not null,
    occurred_on     date         not null,
    date_precision  varchar(8)   not null,
    description     varchar(4000),
    location        varchar(200),
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    version         integer      not null
);
create index ix_event_occurred on news_event (occurred_on, id);
create index ix_event_title on news_event (title, id);
create index ix_event_created on news_event (created_at, id);
create index ix_event_kind on news_event (kind);

create table mention (
    id              bigint  not null primary key,
    article_id      bigint  not null references article (id) on delete cascade,
    organization_id bigint  not null references organization (id) on delete cascade,
    mention_count   integer not null,
    snippet         varchar(1000),
    constraint uk_mention unique (article_id, organization_id)
);
create index ix_mention_organization on mention (organization_id, article_id);

create table participation (
    id              bigint      not null primary key,
    event_id        bigint      not null references news_event (id) on delete cascade,
    organization_id bigint      not null references organization (id) on delete cascade,
    role            varchar(16) not null,
    constraint uk_participation unique (event_id, organization_id)
);
create index ix_participation_organization on participation (organization_id, event_id);

create table article_event (
    id          bigint not null primary key,
    article_id  bigint not null references article (id) on delete cascade,
    event_id    bigint not null references news_event (id) on delete cascade,
    constraint uk_article_event unique (article_id, event_id)
);
create index ix_article_event_event on article_event (event_id, article_id);

create table event_link (
    id         bigint not null primary key,
    cause_id   bigint not null references news_event (id) on delete cascade,
    effect_id  bigint not null references news_event (id) on delete cascade,
    constraint uk_event_link unique (cause_id, effect_id)
);
create index ix_event_link_effect on event_link (effect_id, cause_id);
