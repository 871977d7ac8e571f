-- One row per version of a unit's plan under a program version.
CREATE UNIQUE INDEX plan_one_per_version ON plan (unit_id, program_id, version);

-- A plan published down names its lead positions: the units below must read them too.
DROP POLICY tenant_read ON staff_position;
DROP POLICY tenant_insert ON staff_position;
DROP POLICY tenant_update ON staff_position;
DROP POLICY tenant_delete ON staff_position;
SELECT enable_published_down_isolation('staff_position');
