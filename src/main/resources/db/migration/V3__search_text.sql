-- Folded search text (lower case, no accents, words separated by single spaces, padded with a
-- space at each end), written by the application on every change: SQL has no portable accent folding.
-- Nodes that predate these tables are indexed by the application at start.

create table article_search (
    article_id  bigint           not null primary key references article (id) on delete cascade,
    title_text  varchar(1100)    not null,
    body_text   varchar(1000000) not null
);

create table organization_search (
    organization_id   bigint         not null primary key references organization (id) on delete cascade,
    name_text         varchar(500)   not null,
    alias_text        varchar(100000) not null,
    description_text  varchar(8100)  not null
);

create table event_search (
    event_id          bigint        not null primary key references news_event (id) on delete cascade,
    title_text        varchar(1100) not null,
    description_text  varchar(8100) not null
);
