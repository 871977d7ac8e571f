-- Poverty rates and flows, computed from the household register and its recognised lists.
--
-- A household counts in year Y when it was registered on or before 31/12/Y and had not left by
-- then; its list in Y is its household_status row of Y (none: on no list). Both functions run with
-- the caller's rights, so row-level security still decides which communes they see.

-- Households, poor and near-poor per commune (and per village when asked) and year, for every
-- commune under the unit path. status_rows counts the commune's recognised rows of the year,
-- whatever their status or household: a year with none is not known for the commune.
CREATE FUNCTION poverty_counts(under_path text, first_year integer, last_year integer,
                               by_village boolean)
  RETURNS TABLE (unit_id bigint, village_id bigint, year integer, households bigint, poor bigint,
                 near_poor bigint, status_rows bigint)
  LANGUAGE sql STABLE AS $$
  WITH units AS (
    SELECT u.id FROM admin_unit u WHERE u.path LIKE under_path || '%'
  ), spans AS (
    -- households by the year they were registered and the year they left
    SELECT h.unit_id, CASE WHEN by_village THEN h.village_id ELSE 0 END AS village_id,
           extract(year FROM h.registered_on)::integer AS from_year,
           extract(year FROM h.left_on)::integer AS left_year, count(*) AS n
      FROM household h
     WHERE h.unit_id IN (SELECT id FROM units) AND h.registered_on <= make_date(last_year, 12, 31)
     GROUP BY 1, 2, 3, 4
  ), counted AS (
    SELECT s.unit_id, s.village_id, y.year, sum(s.n)::bigint AS households
      FROM spans s
      JOIN generate_series(first_year, last_year) AS y(year)
        ON s.from_year <= y.year AND (s.left_year IS NULL OR s.left_year > y.year)
     GROUP BY 1, 2, 3
  ), listed AS (
    SELECT st.unit_id, CASE WHEN by_village THEN h.village_id ELSE 0 END AS village_id, st.year,
           count(*) FILTER (WHERE st.status = 'POOR' AND counts) AS poor,
           count(*) FILTER (WHERE st.status = 'NEAR_POOR' AND counts) AS near_poor,
           count(*) AS status_rows
      FROM household_status st
      JOIN household h ON h.id = st.household_id
      CROSS JOIN LATERAL (
        SELECT h.registered_on <= make_date(st.year, 12, 31)
               AND (h.left_on IS NULL OR h.left_on > make_date(st.year, 12, 31)) AS counts) c
     WHERE st.unit_id IN (SELECT id FROM units) AND st.year BETWEEN first_year AND last_year
     GROUP BY 1, 2, 3
  )
  SELECT coalesce(c.unit_id, l.unit_id), nullif(coalesce(c.village_id, l.village_id), 0),
         coalesce(c.year, l.year), coalesce(c.households, 0), coalesce(l.poor, 0),
         coalesce(l.near_poor, 0), coalesce(l.status_rows, 0)
    FROM counted c
    FULL JOIN listed l
      ON l.unit_id = c.unit_id AND l.village_id = c.village_id AND l.year = c.year
$$;

-- Each household of a commune under the path that was on a list in year Y-1 or Y and counts in Y:
-- its lists of both years and whether it was poor in any year before Y-1. Only communes whose
-- lists of both years are known take part.
CREATE FUNCTION poverty_moves(under_path text, in_year integer)
  RETURNS TABLE (unit_id bigint, household_id bigint, status_before text, status_now text,
                 poor_earlier boolean)
  LANGUAGE sql STABLE AS $$
  WITH known AS (
    SELECT u.id FROM admin_unit u
     WHERE u.path LIKE under_path || '%'
       AND EXISTS (SELECT 1 FROM household_status s WHERE s.unit_id = u.id AND s.year = in_year)
       AND EXISTS (SELECT 1 FROM household_status s WHERE s.unit_id = u.id AND s.year = in_year - 1)
  )
  SELECT h.unit_id, h.id, b.status, n.status,
         EXISTS (SELECT 1 FROM household_status e
                  WHERE e.household_id = h.id AND e.year < in_year - 1 AND e.status = 'POOR')
    FROM household h
    LEFT JOIN household_status b ON b.household_id = h.id AND b.year = in_year - 1
    LEFT JOIN household_status n ON n.household_id = h.id AND n.year = in_year
   WHERE h.unit_id IN (SELECT id FROM known)
     AND h.registered_on <= make_date(in_year, 12, 31)
     AND (h.left_on IS NULL OR h.left_on > make_date(in_year, 12, 31))
     AND (b.status IN ('POOR', 'NEAR_POOR') OR n.status IN ('POOR', 'NEAR_POOR'))
$$;

-- The years a household counts in, read from the index alone when a province is aggregated.
CREATE INDEX household_span ON household (unit_id, registered_on, left_on, village_id);

-- The report template's household figures fill themselves from the register.
SELECT set_config('portal.read_path', '/', true), set_config('portal.write_path', '/', true);
UPDATE report_template_indicator ti
   SET source = v.source
  FROM indicator i,
       (VALUES ('HO_TONG', 'REGISTER_HOUSEHOLDS'),
               ('HO_NGHEO', 'REGISTER_POOR'),
               ('HO_CAN_NGHEO', 'REGISTER_NEAR_POOR'),
               ('TL_HO_NGHEO', 'REGISTER_POOR_RATE'),
               ('GIAM_TL_HO_NGHEO', 'REGISTER_POOR_RATE_REDUCTION'),
               ('HO_THOAT_NGHEO', 'REGISTER_ESCAPED_POVERTY')) AS v(code, source)
 WHERE i.id = ti.indicator_id AND i.code = v.code AND ti.source IS NULL;
