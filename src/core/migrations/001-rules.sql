-- Schema version 1: the forum's rules as data, seeded with the 2022
-- kommissorium of Strategisk dialogforum på det sociale område. A revised
-- kommissorium changes these rows, not the program.

CREATE TABLE seat_kind (
  id                   INTEGER PRIMARY KEY,
  code                 TEXT NOT NULL UNIQUE,
  name                 TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  quota                INTEGER NOT NULL CHECK (quota BETWEEN 0 AND 99),
  -- the directorate's seats: "at least" the quota, since the whole
  -- directorate sits in the forum
  quota_is_minimum     INTEGER NOT NULL DEFAULT 0 CHECK (quota_is_minimum IN (0, 1)),
  one_per_municipality INTEGER NOT NULL DEFAULT 0 CHECK (one_per_municipality IN (0, 1)),
  chair_seat           INTEGER NOT NULL DEFAULT 0 CHECK (chair_seat IN (0, 1)),
  covers_areas         INTEGER NOT NULL DEFAULT 0 CHECK (covers_areas IN (0, 1)),
  description          TEXT NOT NULL DEFAULT '',
  position             INTEGER NOT NULL
) STRICT;

CREATE TABLE adjacent_area (
  id       INTEGER PRIMARY KEY,
  name     TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
  position INTEGER NOT NULL
) STRICT;

CREATE TABLE forum_setting (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

INSERT INTO seat_kind (code, name, quota, quota_is_minimum, one_per_municipality, chair_seat, covers_areas, description, position) VALUES
  ('directorate', 'Socialstyrelsens direktion', 1, 1, 0, 1, 0,
   'Socialstyrelsens direktion. Socialstyrelsens direktør er formand for det strategiske dialogforum.', 1),
  ('municipal-director', 'Kommunal fagdirektør', 7, 0, 1, 0, 1,
   'Kommunale fagdirektører med ansvar for det sociale område, højst én pr. kommune. Der lægges vægt på fagdirektører, der også har direktøransvar for tilstødende fagområder.', 2),
  ('fsd', 'Foreningen af Socialchefer i Danmark', 1, 0, 0, 0, 0,
   '1 repræsentant for Foreningen af Socialchefer i Danmark (FSD).', 3),
  ('bkf', 'Børne- og Kulturchefforeningen', 1, 0, 0, 0, 0,
   '1 repræsentant fra Børne- og Kulturchefforeningen (BKF).', 4),
  ('kl', 'Kommunernes Landsforening', 1, 0, 0, 0, 0,
   '1 repræsentant fra Kommunernes Landsforening (KL).', 5),
  ('ministry', 'Social- og Ældreministeriets departement', 1, 0, 0, 0, 0,
   '1 repræsentant fra Social- og Ældreministeriets departement.', 6);

INSERT INTO adjacent_area (name, position) VALUES
  ('beskæftigelse', 1),
  ('sundhed', 2),
  ('ældre', 3),
  ('skole og dagtilbud', 4);

INSERT INTO forum_setting (key, value) VALUES
  ('meetings-per-year', '2'),
  ('kommissorium', 'Kommissorium for Strategisk dialogforum på det sociale område, 2022');
