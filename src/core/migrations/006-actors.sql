-- Schema version 6: the register of invited actors (Danish: yderligere
-- relevante aktører) sorts them as the kommissorium does: other state
-- agencies, regional social directors, interest organisations, education
-- and research, and others.
--
-- The category is the person's own, not their organisation's: the
-- organisation's kind only suggests it (a researcher may sit in a
-- municipality's knowledge centre). Empty for anyone not external.

ALTER TABLE person ADD COLUMN actor_category TEXT NOT NULL DEFAULT ''
  CHECK (actor_category IN ('', 'agency', 'region', 'interest', 'research', 'other'));

-- The actors registered before: the kind of their organisation, else other.
UPDATE person SET actor_category = coalesce(
    (SELECT o.kind FROM organisation o
     WHERE o.id = person.organisation_id AND o.kind IN ('agency', 'region', 'interest', 'research')),
    'other')
  WHERE is_external = 1;
