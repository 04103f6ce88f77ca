-- A partner's attestation of the Microsoft Customer Agreement records who at the customer accepted it.
alter table mca_acceptance add column template_id varchar(64);
alter table mca_acceptance add column contact_first_name varchar(255);
alter table mca_acceptance add column contact_last_name varchar(255);
alter table mca_acceptance add column contact_email varchar(255);
alter table mca_acceptance add column contact_phone varchar(64);
