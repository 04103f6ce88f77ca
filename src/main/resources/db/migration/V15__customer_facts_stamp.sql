-- A customer's facts (its row, reseller relationships, MCA acceptances, subscriptions) get a new stamp in every
-- transaction that changes them (customer.CustomerFactsStamp): the transition board compares stamps instead of reading
-- every subscription again. A change made by hand in SQL must set a new stamp too (README).
alter table customer add column facts_stamp varchar(36) default 'initial' not null;
