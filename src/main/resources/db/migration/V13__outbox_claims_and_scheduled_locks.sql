-- N nodes on one database: a node claims the outbox rows it is about to mail (until claimed_until; another node
-- takes them over only after that), and scheduled work takes a named lock so it runs on one node per schedule.
alter table notification add column claimed_by varchar(255);
alter table notification add column claimed_until timestamp;

-- ShedLock's table (net.javacrumbs.shedlock, JdbcTemplateLockProvider): one row per schedule, times in the
-- database's clock
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
