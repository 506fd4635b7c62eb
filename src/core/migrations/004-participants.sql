-- Schema version 4: who comes to each meeting, and the register of
-- invited actors (gæster): people outside the forum that an agenda calls
-- for, kept as people marked external.

ALTER TABLE person ADD COLUMN is_external INTEGER NOT NULL DEFAULT 0 CHECK (is_external IN (0, 1));

CREATE TABLE participant (
  id               INTEGER PRIMARY KEY,
  meeting_id       INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  person_id        INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
  -- why they are on the list: a member on the meeting's date, one of the
  -- secretariat, or a guest
  role             TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'secretariat', 'guest')),
  reply            TEXT NOT NULL DEFAULT 'invited'
                   CHECK (reply IN ('invited', 'accepted', 'declined', 'substitute')),
  -- who comes instead, when the reply is 'substitute'
  substitute_id    INTEGER REFERENCES person (id) ON DELETE RESTRICT,
  -- a partial stay, minutes after midnight; NULL: the whole meeting
  attend_from      INTEGER CHECK (attend_from IS NULL OR attend_from BETWEEN 0 AND 1439),
  attend_to        INTEGER CHECK (attend_to IS NULL OR attend_to BETWEEN 1 AND 1440),
  -- a guest who comes only for the items they take part in
  only_own_items   INTEGER NOT NULL DEFAULT 0 CHECK (only_own_items IN (0, 1)),
  dietary          TEXT NOT NULL DEFAULT '',
  accessibility    TEXT NOT NULL DEFAULT '',
  notes            TEXT NOT NULL DEFAULT '',
  -- after the meeting: NULL not yet recorded
  attended         INTEGER CHECK (attended IS NULL OR attended IN (0, 1)),
  reply_date       TEXT CHECK (reply_date IS NULL OR date(reply_date) IS reply_date),
  reply_channel    TEXT NOT NULL DEFAULT '' CHECK (reply_channel IN ('', 'email', 'phone', 'other')),
  UNIQUE (meeting_id, person_id),
  CHECK (substitute_id IS NULL OR substitute_id <> person_id),
  CHECK (attend_from IS NULL OR attend_to IS NULL OR attend_to > attend_from)
) STRICT;

CREATE INDEX participant_by_person ON participant (person_id);
CREATE INDEX participant_by_substitute ON participant (substitute_id);

-- The agenda items a guest takes part in; they show as the item's
-- presenters too.
CREATE TABLE participant_item (
  participant_id INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
  agenda_item_id INTEGER NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
  PRIMARY KEY (participant_id, agenda_item_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX participant_item_by_item ON participant_item (agenda_item_id);
