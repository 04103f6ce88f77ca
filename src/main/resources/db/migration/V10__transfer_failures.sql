-- A failed transfer says why on each line (Partner Center's TransferLineItem.transferError); a request says who asked.
alter table transfer_line add column transfer_error varchar(2000);
alter table transfer_request add column created_by varchar(128);
-- requests nobody has acted on since they were made were last modified by who asked
update transfer_request set created_by = last_modified_user where reviewed_by is null and status = 'Active';
