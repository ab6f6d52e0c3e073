-- Early-warning alerts carry their prediction: when and where the track is predicted to enter the
-- zone, and the lead time. NULL for every other kind of alert.
ALTER TABLE alert ADD COLUMN predicted_entry_time_ns BIGINT;
ALTER TABLE alert ADD COLUMN lead_time_s DOUBLE PRECISION;
ALTER TABLE alert ADD COLUMN predicted_lat_deg DOUBLE PRECISION;
ALTER TABLE alert ADD COLUMN predicted_lon_deg DOUBLE PRECISION;
ALTER TABLE alert ADD COLUMN predicted_alt_m DOUBLE PRECISION;
