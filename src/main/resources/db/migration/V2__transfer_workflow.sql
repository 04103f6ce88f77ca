-- The four-step transfer: who changed a request last, the review, the two verifications, and per line
-- what was transferred (a snapshot of the subscription when the request was created).

alter table transfer_request add column last_modified_time timestamp;
alter table transfer_request add column last_modified_user varchar(128);
alter table transfer_request add column rejection_reason varchar(2000);
alter table transfer_request add column provider_verified_time timestamp;
alter table transfer_request add column partner_verified_time timestamp;
alter table transfer_request add column version bigint default 0 not null;
create index ix_transfer_customer on transfer_request (customer_id);

alter table transfer_line add column base_line_id varchar(64) references transfer_line (id);
alter table transfer_line add column offer_id varchar(128);
alter table transfer_line add column friendly_name varchar(255);
alter table transfer_line add column billing_cycle varchar(16);
alter table transfer_line add column transferred_subscription_id varchar(64);
alter table transfer_line add column line_status varchar(16);
