-- Processes hold no variables: the answers their user tasks give are kept on the records they act on.
alter table transfer_request add column review_accepted boolean;
alter table transfer_request add column reviewed_by varchar(128);
alter table transfer_request add column reviewed_time timestamp;
update transfer_request set review_accepted = true where status = 'Complete';
update transfer_request set review_accepted = false where status = 'Reject';

alter table enrollment add column review_required boolean default false not null;
alter table enrollment add column review_approved boolean;

-- two invitations, answers or submissions of one record at once: one commits, the other loses the race
alter table enrollment add column version bigint default 0 not null;
alter table partnership add column version bigint default 0 not null;

-- a new customer's company name, given when it authorizes through the invitation link
alter table reseller_invitation add column accepted_company_name varchar(255);
