-- Creates the portal's two database roles. Run once per PostgreSQL server as a superuser:
--
--   psql -v owner_role=portal_owner -v owner_password=CHANGE-ME \
--        -v app_role=portal_app -v app_password=CHANGE-ME -f deploy/sql/roles.sql postgres
--
-- owner_role owns the schema and runs the migrations; app_role is what the portal connects
-- with at run time: it owns nothing and is subject to row-level security.
SET portal.owner_role = :'owner_role';
SET portal.owner_password = :'owner_password';
SET portal.app_role = :'app_role';
SET portal.app_password = :'app_password';

DO $$
DECLARE
  owner_role text := current_setting('portal.owner_role');
  app_role text := current_setting('portal.app_role');
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = owner_role) THEN
    EXECUTE format('CREATE ROLE %I LOGIN', owner_role);
  END IF;
  EXECUTE format('ALTER ROLE %I LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD %L',
                 owner_role, current_setting('portal.owner_password'));
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = app_role) THEN
    EXECUTE format('CREATE ROLE %I LOGIN', app_role);
  END IF;
  EXECUTE format('ALTER ROLE %I LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD %L',
                 app_role, current_setting('portal.app_password'));
END
$$;
