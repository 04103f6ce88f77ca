-- A request keeps the names of its customer and partners as they were when it was made, as a TransferEntity shows
-- them: a response or a listed request needs no lookup.

alter table transfer_request add column customer_name varchar(255);
alter table transfer_request add column source_partner_name varchar(255);
alter table transfer_request add column target_partner_name varchar(255);

update transfer_request set
    customer_name = (select c.name from customer c where c.id = transfer_request.customer_id),
    source_partner_name = (select p.name from partner p where p.id = transfer_request.source_partner_id),
    target_partner_name = (select p.name from partner p where p.id = transfer_request.target_partner_id);
