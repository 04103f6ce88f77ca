-- A reseller relationship made by extension shares the partner's bill-to information with the provider.
alter table reseller_relationship add column bill_to_shared boolean default false not null;
