-- Schema version 2: the register: organisations, people and their
-- memberships of the forum. History is kept: a member who leaves gets an
-- end date, never a deletion.

CREATE TABLE organisation (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
  short_name TEXT NOT NULL DEFAULT '',
  -- municipality, association, ministry, socialstyrelsen, agency, region,
  -- interest, research, other
  kind       TEXT NOT NULL DEFAULT 'other'
             CHECK (kind IN ('municipality', 'association', 'ministry', 'socialstyrelsen',
                             'agency', 'region', 'interest', 'research', 'other')),
  region     TEXT NOT NULL DEFAULT '',
  notes      TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE person (
  id              INTEGER PRIMARY KEY,
  name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
  title           TEXT NOT NULL DEFAULT '',
  organisation_id INTEGER REFERENCES organisation (id) ON DELETE RESTRICT,
  email           TEXT NOT NULL DEFAULT '',
  phone           TEXT NOT NULL DEFAULT '',
  secretary_name  TEXT NOT NULL DEFAULT '',
  secretary_email TEXT NOT NULL DEFAULT '',
  secretary_phone TEXT NOT NULL DEFAULT '',
  notes           TEXT NOT NULL DEFAULT '',
  -- staff of Socialstyrelsen who serve the forum (sekretariatet)
  is_secretariat  INTEGER NOT NULL DEFAULT 0 CHECK (is_secretariat IN (0, 1)),
  anonymised      INTEGER NOT NULL DEFAULT 0 CHECK (anonymised IN (0, 1))
) STRICT;

CREATE INDEX person_by_organisation ON person (organisation_id);
CREATE INDEX person_by_email ON person (email COLLATE NOCASE) WHERE email <> '';

-- The areas besides the social area a director is also responsible for.
CREATE TABLE person_area (
  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  area_id   INTEGER NOT NULL REFERENCES adjacent_area (id) ON DELETE CASCADE,
  PRIMARY KEY (person_id, area_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX person_area_by_area ON person_area (area_id);

CREATE TABLE membership (
  id            INTEGER PRIMARY KEY,
  person_id     INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
  seat_kind_id  INTEGER NOT NULL REFERENCES seat_kind (id) ON DELETE RESTRICT,
  role          TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('chair', 'member')),
  -- ISO dates; the end date is the last day of the membership
  start_date    TEXT NOT NULL CHECK (date(start_date) IS start_date),
  end_date      TEXT CHECK (end_date IS NULL OR (date(end_date) IS end_date AND end_date >= start_date)),
  substitute_id INTEGER REFERENCES person (id) ON DELETE SET NULL,
  CHECK (substitute_id IS NULL OR substitute_id <> person_id)
) STRICT;

CREATE INDEX membership_by_person ON membership (person_id);
CREATE INDEX membership_by_seat_kind ON membership (seat_kind_id);
CREATE INDEX membership_by_substitute ON membership (substitute_id);

INSERT INTO organisation (name, short_name, kind) VALUES
  ('Socialstyrelsen', '', 'socialstyrelsen'),
  ('Foreningen af Socialchefer i Danmark', 'FSD', 'association'),
  ('Børne- og Kulturchefforeningen', 'BKF', 'association'),
  ('Kommunernes Landsforening', 'KL', 'association'),
  ('Social- og Ældreministeriets departement', '', 'ministry');

-- Denmark's 98 municipalities and their regions.
INSERT INTO organisation (name, short_name, kind, region) VALUES
  ('Albertslund Kommune', 'Albertslund', 'municipality', 'Region Hovedstaden'),
  ('Allerød Kommune', 'Allerød', 'municipality', 'Region Hovedstaden'),
  ('Ballerup Kommune', 'Ballerup', 'municipality', 'Region Hovedstaden'),
  ('Bornholms Regionskommune', 'Bornholm', 'municipality', 'Region Hovedstaden'),
  ('Brøndby Kommune', 'Brøndby', 'municipality', 'Region Hovedstaden'),
  ('Dragør Kommune', 'Dragør', 'municipality', 'Region Hovedstaden'),
  ('Egedal Kommune', 'Egedal', 'municipality', 'Region Hovedstaden'),
  ('Fredensborg Kommune', 'Fredensborg', 'municipality', 'Region Hovedstaden'),
  ('Frederiksberg Kommune', 'Frederiksberg', 'municipality', 'Region Hovedstaden'),
  ('Frederikssund Kommune', 'Frederikssund', 'municipality', 'Region Hovedstaden'),
  ('Furesø Kommune', 'Furesø', 'municipality', 'Region Hovedstaden'),
  ('Gentofte Kommune', 'Gentofte', 'municipality', 'Region Hovedstaden'),
  ('Gladsaxe Kommune', 'Gladsaxe', 'municipality', 'Region Hovedstaden'),
  ('Glostrup Kommune', 'Glostrup', 'municipality', 'Region Hovedstaden'),
  ('Gribskov Kommune', 'Gribskov', 'municipality', 'Region Hovedstaden'),
  ('Halsnæs Kommune', 'Halsnæs', 'municipality', 'Region Hovedstaden'),
  ('Helsingør Kommune', 'Helsingør', 'municipality', 'Region Hovedstaden'),
  ('Herlev Kommune', 'Herlev', 'municipality', 'Region Hovedstaden'),
  ('Hillerød Kommune', 'Hillerød', 'municipality', 'Region Hovedstaden'),
  ('Hvidovre Kommune', 'Hvidovre', 'municipality', 'Region Hovedstaden'),
  ('Høje-Taastrup Kommune', 'Høje-Taastrup', 'municipality', 'Region Hovedstaden'),
  ('Hørsholm Kommune', 'Hørsholm', 'municipality', 'Region Hovedstaden'),
  ('Ishøj Kommune', 'Ishøj', 'municipality', 'Region Hovedstaden'),
  ('Københavns Kommune', 'København', 'municipality', 'Region Hovedstaden'),
  ('Lyngby-Taarbæk Kommune', 'Lyngby-Taarbæk', 'municipality', 'Region Hovedstaden'),
  ('Rudersdal Kommune', 'Rudersdal', 'municipality', 'Region Hovedstaden'),
  ('Rødovre Kommune', 'Rødovre', 'municipality', 'Region Hovedstaden'),
  ('Tårnby Kommune', 'Tårnby', 'municipality', 'Region Hovedstaden'),
  ('Vallensbæk Kommune', 'Vallensbæk', 'municipality', 'Region Hovedstaden'),
  ('Faxe Kommune', 'Faxe', 'municipality', 'Region Sjælland'),
  ('Greve Kommune', 'Greve', 'municipality', 'Region Sjælland'),
  ('Guldborgsund Kommune', 'Guldborgsund', 'municipality', 'Region Sjælland'),
  ('Holbæk Kommune', 'Holbæk', 'municipality', 'Region Sjælland'),
  ('Kalundborg Kommune', 'Kalundborg', 'municipality', 'Region Sjælland'),
  ('Køge Kommune', 'Køge', 'municipality', 'Region Sjælland'),
  ('Lejre Kommune', 'Lejre', 'municipality', 'Region Sjælland'),
  ('Lolland Kommune', 'Lolland', 'municipality', 'Region Sjælland'),
  ('Næstved Kommune', 'Næstved', 'municipality', 'Region Sjælland'),
  ('Odsherred Kommune', 'Odsherred', 'municipality', 'Region Sjælland'),
  ('Ringsted Kommune', 'Ringsted', 'municipality', 'Region Sjælland'),
  ('Roskilde Kommune', 'Roskilde', 'municipality', 'Region Sjælland'),
  ('Slagelse Kommune', 'Slagelse', 'municipality', 'Region Sjælland'),
  ('Solrød Kommune', 'Solrød', 'municipality', 'Region Sjælland'),
  ('Sorø Kommune', 'Sorø', 'municipality', 'Region Sjælland'),
  ('Stevns Kommune', 'Stevns', 'municipality', 'Region Sjælland'),
  ('Vordingborg Kommune', 'Vordingborg', 'municipality', 'Region Sjælland'),
  ('Assens Kommune', 'Assens', 'municipality', 'Region Syddanmark'),
  ('Billund Kommune', 'Billund', 'municipality', 'Region Syddanmark'),
  ('Esbjerg Kommune', 'Esbjerg', 'municipality', 'Region Syddanmark'),
  ('Fanø Kommune', 'Fanø', 'municipality', 'Region Syddanmark'),
  ('Fredericia Kommune', 'Fredericia', 'municipality', 'Region Syddanmark'),
  ('Faaborg-Midtfyn Kommune', 'Faaborg-Midtfyn', 'municipality', 'Region Syddanmark'),
  ('Haderslev Kommune', 'Haderslev', 'municipality', 'Region Syddanmark'),
  ('Kerteminde Kommune', 'Kerteminde', 'municipality', 'Region Syddanmark'),
  ('Kolding Kommune', 'Kolding', 'municipality', 'Region Syddanmark'),
  ('Langeland Kommune', 'Langeland', 'municipality', 'Region Syddanmark'),
  ('Middelfart Kommune', 'Middelfart', 'municipality', 'Region Syddanmark'),
  ('Nordfyns Kommune', 'Nordfyns', 'municipality', 'Region Syddanmark'),
  ('Nyborg Kommune', 'Nyborg', 'municipality', 'Region Syddanmark'),
  ('Odense Kommune', 'Odense', 'municipality', 'Region Syddanmark'),
  ('Svendborg Kommune', 'Svendborg', 'municipality', 'Region Syddanmark'),
  ('Sønderborg Kommune', 'Sønderborg', 'municipality', 'Region Syddanmark'),
  ('Tønder Kommune', 'Tønder', 'municipality', 'Region Syddanmark'),
  ('Varde Kommune', 'Varde', 'municipality', 'Region Syddanmark'),
  ('Vejen Kommune', 'Vejen', 'municipality', 'Region Syddanmark'),
  ('Vejle Kommune', 'Vejle', 'municipality', 'Region Syddanmark'),
  ('Ærø Kommune', 'Ærø', 'municipality', 'Region Syddanmark'),
  ('Aabenraa Kommune', 'Aabenraa', 'municipality', 'Region Syddanmark'),
  ('Favrskov Kommune', 'Favrskov', 'municipality', 'Region Midtjylland'),
  ('Hedensted Kommune', 'Hedensted', 'municipality', 'Region Midtjylland'),
  ('Herning Kommune', 'Herning', 'municipality', 'Region Midtjylland'),
  ('Holstebro Kommune', 'Holstebro', 'municipality', 'Region Midtjylland'),
  ('Horsens Kommune', 'Horsens', 'municipality', 'Region Midtjylland'),
  ('Ikast-Brande Kommune', 'Ikast-Brande', 'municipality', 'Region Midtjylland'),
  ('Lemvig Kommune', 'Lemvig', 'municipality', 'Region Midtjylland'),
  ('Norddjurs Kommune', 'Norddjurs', 'municipality', 'Region Midtjylland'),
  ('Odder Kommune', 'Odder', 'municipality', 'Region Midtjylland'),
  ('Randers Kommune', 'Randers', 'municipality', 'Region Midtjylland'),
  ('Ringkøbing-Skjern Kommune', 'Ringkøbing-Skjern', 'municipality', 'Region Midtjylland'),
  ('Samsø Kommune', 'Samsø', 'municipality', 'Region Midtjylland'),
  ('Silkeborg Kommune', 'Silkeborg', 'municipality', 'Region Midtjylland'),
  ('Skanderborg Kommune', 'Skanderborg', 'municipality', 'Region Midtjylland'),
  ('Skive Kommune', 'Skive', 'municipality', 'Region Midtjylland'),
  ('Struer Kommune', 'Struer', 'municipality', 'Region Midtjylland'),
  ('Syddjurs Kommune', 'Syddjurs', 'municipality', 'Region Midtjylland'),
  ('Viborg Kommune', 'Viborg', 'municipality', 'Region Midtjylland'),
  ('Aarhus Kommune', 'Aarhus', 'municipality', 'Region Midtjylland'),
  ('Brønderslev Kommune', 'Brønderslev', 'municipality', 'Region Nordjylland'),
  ('Frederikshavn Kommune', 'Frederikshavn', 'municipality', 'Region Nordjylland'),
  ('Hjørring Kommune', 'Hjørring', 'municipality', 'Region Nordjylland'),
  ('Jammerbugt Kommune', 'Jammerbugt', 'municipality', 'Region Nordjylland'),
  ('Læsø Kommune', 'Læsø', 'municipality', 'Region Nordjylland'),
  ('Mariagerfjord Kommune', 'Mariagerfjord', 'municipality', 'Region Nordjylland'),
  ('Morsø Kommune', 'Morsø', 'municipality', 'Region Nordjylland'),
  ('Rebild Kommune', 'Rebild', 'municipality', 'Region Nordjylland'),
  ('Thisted Kommune', 'Thisted', 'municipality', 'Region Nordjylland'),
  ('Vesthimmerlands Kommune', 'Vesthimmerlands', 'municipality', 'Region Nordjylland'),
  ('Aalborg Kommune', 'Aalborg', 'municipality', 'Region Nordjylland');
