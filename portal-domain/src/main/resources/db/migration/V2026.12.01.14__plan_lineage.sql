-- Where a plan's text came from: the plan of the level above it was drawn up from, and the text
-- each section and component inherited, so that later changes above can be shown and taken.
ALTER TABLE plan ADD COLUMN derived_from_id bigint REFERENCES plan;
ALTER TABLE plan_section ADD COLUMN inherited_body text;
ALTER TABLE plan_component ADD COLUMN inherited_objective text;
ALTER TABLE plan_component ADD COLUMN inherited_activities text;
