-- PostgreSQL, unlike H2, indexes no foreign key by itself: without these, loading a request's lines or a decision's
-- subjects, and listing an organisation's reseller invitations, read the whole table.

create index ix_transfer_line_transfer on transfer_line (transfer_id);
create index ix_decision_subject_decision on decision_subject (decision_id);
create index ix_reseller_invitation_reseller on reseller_invitation (reseller_id);
create index ix_reseller_invitation_provider on reseller_invitation (provider_id);
