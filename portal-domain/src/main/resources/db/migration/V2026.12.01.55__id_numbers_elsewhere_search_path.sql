-- The portal's tables live in the schema "portal": the check of ID numbers on other communes'
-- registers (migration .51) must look there, not in "public". Idempotent: harmless where an
-- earlier migration already set it.
DO $$
BEGIN
  IF to_regprocedure('id_numbers_registered_elsewhere(text[], bigint)') IS NOT NULL THEN
    ALTER FUNCTION id_numbers_registered_elsewhere(text[], bigint)
      SET search_path = portal, pg_catalog;
  END IF;
END
$$;
