-- Orders placed for customers: the order history the capability rules guard (MANAGE_ORDER_HISTORY).
create table customer_order (
    id            varchar(64) primary key,
    customer_id   varchar(64) not null references customer (id),
    partner_id    varchar(64) not null references partner (id),
    billing_cycle varchar(16) not null,
    creation_date timestamp   not null
);
create index ix_customer_order on customer_order (customer_id, partner_id);

create table customer_order_line (
    order_id               varchar(64)  not null references customer_order (id),
    line_item_number       integer      not null,
    offer_id               varchar(128) not null,
    subscription_id        varchar(64)  not null references subscription (id),
    parent_subscription_id varchar(64),
    quantity               integer      not null,
    friendly_name          varchar(255),
    offer_kind             varchar(32)  not null,
    primary key (order_id, line_item_number)
);
