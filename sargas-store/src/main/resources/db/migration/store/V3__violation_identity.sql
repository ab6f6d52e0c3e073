-- The track's STANAG 1241 standard identity when it entered the zone, with the identification
-- criteria that gave it (one per line) and the operator who set it by hand (null: automatic).
ALTER TABLE violation ADD COLUMN standard_identity TEXT;
ALTER TABLE violation ADD COLUMN identity_reasons TEXT;
ALTER TABLE violation ADD COLUMN identity_set_by TEXT;
