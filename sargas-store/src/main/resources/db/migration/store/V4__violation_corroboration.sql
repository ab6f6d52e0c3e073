-- Whether the violation rests on positions the node believed (CORROBORATED, or null for violations
-- stored before the trust stage) or only on suspect ones (UNCORROBORATED: spoofed, replayed or
-- implausible self-reported positions; docs/security.md). Once UNCORROBORATED it stays so.
ALTER TABLE violation ADD COLUMN corroboration TEXT;
-- Commanders' export approvals are looked up by the violation they name.
CREATE INDEX audit_log_by_subject ON audit_log (subject, action);
