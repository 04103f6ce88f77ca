-- The bill-to info a partner holds for a customer, on its reseller relationship: the partner's own, or the copy a
-- relationship extension gave the indirect provider (Partner Center's CustomerBillingProfile fields).
alter table reseller_relationship add column bill_to_first_name varchar(255);
alter table reseller_relationship add column bill_to_last_name varchar(255);
alter table reseller_relationship add column bill_to_email varchar(255);
alter table reseller_relationship add column bill_to_culture varchar(255);
alter table reseller_relationship add column bill_to_language varchar(255);
alter table reseller_relationship add column bill_to_company_name varchar(255);
alter table reseller_relationship add column bill_to_country varchar(255);
alter table reseller_relationship add column bill_to_region varchar(255);
alter table reseller_relationship add column bill_to_state varchar(255);
alter table reseller_relationship add column bill_to_city varchar(255);
alter table reseller_relationship add column bill_to_address_line1 varchar(255);
alter table reseller_relationship add column bill_to_address_line2 varchar(255);
alter table reseller_relationship add column bill_to_postal_code varchar(255);
alter table reseller_relationship add column bill_to_address_first_name varchar(255);
alter table reseller_relationship add column bill_to_address_last_name varchar(255);
alter table reseller_relationship add column bill_to_phone_number varchar(64);
