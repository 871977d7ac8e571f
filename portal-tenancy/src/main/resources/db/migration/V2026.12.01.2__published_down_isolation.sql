-- Rows a unit publishes to everything below it — the program, plan templates, targets — are
-- visible in the owner's own subtree and to every unit below the owner; they are writable in the
-- write scope only. A commune thus reads its province's program but never another commune's rows.
CREATE FUNCTION enable_published_down_isolation(tbl regclass) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  readable text := 'unit_id IN (SELECT u.id FROM admin_unit u WHERE u.path LIKE scope_read_path() || ''%'''
                   ' OR scope_read_path() LIKE u.path || ''%'')';
  writable text := 'unit_id IN (SELECT u.id FROM admin_unit u WHERE u.path LIKE scope_write_path() || ''%'')';
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
  EXECUTE format('CREATE POLICY published_read ON %s FOR SELECT USING (%s)', tbl, readable);
  EXECUTE format('CREATE POLICY tenant_insert ON %s FOR INSERT WITH CHECK (%s)', tbl, writable);
  EXECUTE format('CREATE POLICY tenant_update ON %s FOR UPDATE USING (%s) WITH CHECK (%s)',
                 tbl, writable, writable);
  EXECUTE format('CREATE POLICY tenant_delete ON %s FOR DELETE USING (%s)', tbl, writable);
END
$$;
