-- id_numbers_registered_elsewhere() was created with search_path = public, but the portal's tables
-- live in the schema the migrations run in: pin the function to that schema instead, so the
-- register's check of ID numbers on other communes' registers finds household_member.
ALTER FUNCTION id_numbers_registered_elsewhere(text[], bigint) SET search_path FROM CURRENT;
