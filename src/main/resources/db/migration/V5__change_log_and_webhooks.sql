-- The change log: one row per committed create, update or delete of an article, organization or
-- event. Positions are handed out from change_position while its row is locked, at the end of the
-- writing transaction, so they follow commit order: a reader that sees a position sees every lower one.

create table change_log (
    position    bigint       not null primary key,
    at          timestamp(6) with time zone not null,
    node_type   varchar(16)  not null,
    node_id     bigint       not null,
    operation   varchar(8)   not null
);
create index ix_change_log_at on change_log (at);
create index ix_change_log_type on change_log (node_type, position);

-- One row: the last position handed out, and the highest one pruned (a cursor below it is too old).
create table change_position (
    id              integer not null primary key,
    last_position   bigint  not null,
    pruned_through  bigint  not null
);
insert into change_position (id, last_position, pruned_through) values (1, 0, 0);

-- Webhooks read the change log as their outbox: each keeps the position it has delivered through.
create sequence webhook_seq start with 1 increment by 50;
create table webhook (
    id                    bigint        not null primary key,
    url                   varchar(2000) not null,
    types                 varchar(64)   not null,
    secret                varchar(200)  not null,
    created_at            timestamp(6) with time zone not null,
    delivered_through     bigint        not null,
    consecutive_failures  integer       not null,
    next_attempt_at       timestamp(6) with time zone not null,
    disabled_at           timestamp(6) with time zone,
    last_error            varchar(500)
);

-- Every attempt to deliver a change to a webhook, kept as long as the change log.
create sequence webhook_delivery_seq start with 1 increment by 50;
create table webhook_delivery (
    id            bigint       not null primary key,
    webhook_id    bigint       not null references webhook (id) on delete cascade,
    position      bigint       not null,
    attempted_at  timestamp(6) with time zone not null,
    status_code   integer,
    error         varchar(500),
    duration_ms   integer      not null
);
create index ix_webhook_delivery_webhook on webhook_delivery (webhook_id, id);
create index ix_webhook_delivery_at on webhook_delivery (attempted_at);
