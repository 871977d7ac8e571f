-- A section's text becomes formatted: the cleaned HTML subset of RichText (p, br, strong, em, u,
-- ul, ol, li) instead of a paragraph per line with "- " for bullets. Existing texts — and the
-- texts sections took over from the plan above, so that comparing them stays meaningful — are
-- written the way RichText.ofLines writes plain lines: white space collapsed, &, < and > escaped,
-- a paragraph per line and consecutive bullets in one list. PlanTextMigrationIT holds the two to
-- the same result.
COMMENT ON COLUMN plan_section.body IS 'cleaned HTML: p, br, strong, em, u, ul, ol, li';
COMMENT ON COLUMN plan_section.inherited_body IS 'cleaned HTML, as body';

CREATE FUNCTION pg_temp.lines_to_html(body text) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT coalesce(replace(string_agg(
           CASE WHEN line LIKE '- %' THEN '<ul><li>' || substr(line, 3) || '</li></ul>'
                ELSE '<p>' || line || '</p>' END, '' ORDER BY n), '</ul><ul>', ''), '')
  FROM (
    SELECT n, btrim(regexp_replace(
             replace(replace(replace(replace(normalize(raw, NFC), U&'\FEFF', ''),
                                     '&', '&amp;'), '<', '&lt;'), '>', '&gt;'),
             '[ \t\n\r\f\u00a0]+', ' ', 'g'), ' ') AS line
    FROM regexp_split_to_table(body, E'\n') WITH ORDINALITY AS l(raw, n)
  ) lines
  WHERE line <> ''
$$;

-- Row-level security is forced on the table, for its owner too: the conversion reads and writes
-- every unit's rows, so it runs in the whole tree's scope, for this transaction only.
SELECT set_config('portal.read_path', '/', true), set_config('portal.write_path', '/', true);

UPDATE plan_section
   SET body = pg_temp.lines_to_html(body),
       inherited_body = pg_temp.lines_to_html(inherited_body);
