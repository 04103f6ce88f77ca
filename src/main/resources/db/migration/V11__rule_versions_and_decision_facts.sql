-- A decision keeps the concern that decided it and the facts it saw (gzip'd JSON), so a draft of the rules can be
-- replayed on it before it goes live.
alter table decision_record add column concern varchar(64);
alter table decision_record add column facts bytea;
create index ix_decision_record_concern on decision_record (concern, id);

-- Every rules generation that served: its version hash, who loaded it when, and the text of its files.
create table rule_version (
    version   varchar(64)  primary key,
    loaded_at timestamp    not null,
    loaded_by varchar(128) not null
);

create table rule_version_file (
    version   varchar(64)  not null references rule_version (version),
    file_name varchar(255) not null,
    content   varchar      not null,
    primary key (version, file_name)
);
