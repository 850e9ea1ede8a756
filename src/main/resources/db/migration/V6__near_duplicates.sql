-- Near-duplicate stories: each article's MinHash signature, its LSH band keys (the index that finds
-- candidates without scanning the corpus) and the story's original, the earliest article of the story.

alter table article add column duplicate_of_id bigint references article (id) on delete set null;
create index ix_article_duplicate_of on article (duplicate_of_id, published_at, id);

create table article_fingerprint (
    article_id  bigint       not null primary key references article (id) on delete cascade,
    signature   varchar(400) not null
);

create table article_band (
    band_key    bigint not null,
    article_id  bigint not null references article (id) on delete cascade,
    constraint pk_article_band primary key (band_key, article_id)
);
create index ix_article_band_article on article_band (article_id);
