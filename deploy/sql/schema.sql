-- Prepares the portal's database after roles.sql. Create the database first
-- (createdb -O portal_owner portal), then run as a superuser connected to it:
--
--   psql -v owner_role=portal_owner -v app_role=portal_app -f deploy/sql/schema.sql portal
--
-- The schema belongs to owner_role; tables that migrations create there are readable and
-- writable by app_role (row-level security still decides which rows).
SET portal.owner_role = :'owner_role';
SET portal.app_role = :'app_role';

DO $$
DECLARE
  owner_role text := current_setting('portal.owner_role');
  app_role text := current_setting('portal.app_role');
BEGIN
  EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
  EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I, %I',
                 current_database(), owner_role, app_role);
  EXECUTE format('CREATE SCHEMA IF NOT EXISTS portal AUTHORIZATION %I', owner_role);
  EXECUTE format('GRANT USAGE ON SCHEMA portal TO %I', app_role);
  EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA portal '
                 'GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', owner_role, app_role);
  EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA portal '
                 'GRANT USAGE, SELECT ON SEQUENCES TO %I', owner_role, app_role);
  EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA portal '
                 'GRANT EXECUTE ON FUNCTIONS TO %I', owner_role, app_role);
  EXECUTE format('ALTER ROLE %I IN DATABASE %I SET search_path = portal',
                 owner_role, current_database());
  EXECUTE format('ALTER ROLE %I IN DATABASE %I SET search_path = portal',
                 app_role, current_database());
END
$$;
