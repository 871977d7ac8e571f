-- A rate's fall from one year to the next is a change in percentage points, which is negative when
-- the rate rose: it is no percentage of a whole and may not be refused as one.
ALTER TABLE indicator DROP CONSTRAINT indicator_value_type_check;
ALTER TABLE indicator ADD CONSTRAINT indicator_value_type_check
  CHECK (value_type IN ('COUNT', 'PERCENTAGE', 'POINTS', 'MONEY', 'YES_NO', 'TEXT'));

SELECT set_config('portal.read_path', '/', true), set_config('portal.write_path', '/', true);
UPDATE indicator SET value_type = 'POINTS', min_value = -100
 WHERE code = 'GIAM_TL_HO_NGHEO' AND value_type = 'PERCENTAGE';
