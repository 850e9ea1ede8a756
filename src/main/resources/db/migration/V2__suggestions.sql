-- Names in an article's text that look like organizations but are not known yet (never created automatically).
create sequence article_suggestion_seq start with 1 increment by 50;

create table article_suggestion (
    id            bigint       not null primary key,
    article_id    bigint       not null references article (id) on delete cascade,
    name          varchar(200) not null,
    name_key      varchar(200) not null,
    mention_count integer      not null,
    constraint uk_article_suggestion unique (article_id, name_key)
);
create index ix_article_suggestion_name on article_suggestion (name_key);
