-- Schema version 3: meetings, their agendas and the agendas' attachments
-- (bilag). Times of day are minutes after midnight; an agenda item's start
-- is not stored but computed from the meeting's start and the durations
-- before it, so that it can never disagree with them.
--
-- History is not lost by accident: a held meeting cannot be deleted, and
-- a person named on a meeting or an agenda item cannot be deleted either.
-- The references to person take SQLite's default action rather than
-- RESTRICT: the deletion is refused all the same, but reported as the
-- foreign-key failure the register's own delete turns into a message
-- (RESTRICT is reported as a trigger's failure).
-- What belongs to a meeting (its items, their presenters and attachments)
-- goes with it when a meeting that was never held is deleted.

CREATE TABLE meeting (
  id                INTEGER PRIMARY KEY,
  title             TEXT NOT NULL CHECK (length(trim(title)) > 0),
  kind              TEXT NOT NULL DEFAULT 'forum'
                    CHECK (kind IN ('forum', 'follow-up', 'working-group', 'study-trip', 'visit', 'other')),
  date              TEXT NOT NULL CHECK (date(date) IS date),
  start_time        INTEGER NOT NULL CHECK (start_time BETWEEN 0 AND 1439),
  -- planned end; 1440 is midnight at the end of the day
  end_time          INTEGER NOT NULL CHECK (end_time BETWEEN 1 AND 1440),
  full_day          INTEGER NOT NULL DEFAULT 0 CHECK (full_day IN (0, 1)),
  venue_name        TEXT NOT NULL DEFAULT '',
  venue_address     TEXT NOT NULL DEFAULT '',
  online_link       TEXT NOT NULL DEFAULT '',
  status            TEXT NOT NULL DEFAULT 'planned'
                    CHECK (status IN ('planned', 'invited', 'held', 'cancelled')),
  -- printed on every page of the meeting's papers
  marking           TEXT NOT NULL DEFAULT 'FORTROLIGT' CHECK (length(trim(marking)) > 0),
  -- the secretariat's person in charge of the meeting
  responsible_id    INTEGER REFERENCES person (id),
  -- the last day members may propose agenda items
  proposal_deadline TEXT CHECK (proposal_deadline IS NULL OR
                                (date(proposal_deadline) IS proposal_deadline AND proposal_deadline <= date)),
  notes             TEXT NOT NULL DEFAULT '',
  CHECK (end_time > start_time)
) STRICT;

CREATE INDEX meeting_by_date ON meeting (date, start_time);
CREATE INDEX meeting_by_responsible ON meeting (responsible_id);

CREATE TRIGGER meeting_held_is_kept BEFORE DELETE ON meeting
  WHEN old.status = 'held'
BEGIN
  SELECT RAISE (ABORT, 'a held meeting is kept');
END;

CREATE TABLE agenda_item (
  id             INTEGER PRIMARY KEY,
  meeting_id     INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  -- 0, 1, 2 ... in the agenda's order
  position       INTEGER NOT NULL CHECK (position >= 0),
  title          TEXT NOT NULL CHECK (length(trim(title)) > 0),
  format         TEXT NOT NULL DEFAULT 'presentation'
                 CHECK (format IN ('welcome', 'presentation', 'discussion', 'workshop', 'group-work',
                                   'break', 'lunch', 'summary', 'any-other-business')),
  -- '' for items that have none, such as breaks
  purpose        TEXT NOT NULL DEFAULT ''
                 CHECK (purpose IN ('', 'information', 'discussion', 'decision')),
  duration       INTEGER NOT NULL CHECK (duration BETWEEN 0 AND 1440),
  -- a start the item keeps whatever comes before it (a guest's arrival,
  -- lunch from the kitchen); NULL: right after the item before it
  fixed_start    INTEGER CHECK (fixed_start IS NULL OR fixed_start BETWEEN 0 AND 1439),
  responsible_id INTEGER REFERENCES person (id),
  description    TEXT NOT NULL DEFAULT ''
) STRICT;

-- Unique, so an agenda has one order; a reordering therefore moves the
-- whole agenda out of the way (past its length) and back, in one
-- transaction.
CREATE UNIQUE INDEX agenda_item_order ON agenda_item (meeting_id, position);
CREATE INDEX agenda_item_by_responsible ON agenda_item (responsible_id);

CREATE TABLE agenda_item_presenter (
  agenda_item_id INTEGER NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
  person_id      INTEGER NOT NULL REFERENCES person (id),
  position       INTEGER NOT NULL,
  PRIMARY KEY (agenda_item_id, person_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX agenda_item_presenter_by_person ON agenda_item_presenter (person_id);

-- The file itself is kept here, so that a copy of the database (and every
-- backup) holds the meeting's papers too.
CREATE TABLE attachment (
  id             INTEGER PRIMARY KEY,
  agenda_item_id INTEGER NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
  position       INTEGER NOT NULL CHECK (position >= 0),
  title          TEXT NOT NULL CHECK (length(trim(title)) > 0),
  file_name      TEXT NOT NULL CHECK (length(trim(file_name)) > 0),
  content_type   TEXT NOT NULL DEFAULT 'application/octet-stream',
  data           BLOB NOT NULL,
  added_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

CREATE INDEX attachment_by_item ON attachment (agenda_item_id, position);
