-- Schema version 5: what the meetings start and what comes of them: the
-- members' proposals for the agenda, the minutes (referat), the actions
-- agreed and followed up, the working groups, and who arranges a study
-- trip or a visit.
--
-- As in schema 3, a person or an organisation named here cannot be
-- deleted from the register (the default action refuses the deletion,
-- reported as the register's own "has a history" message), and what
-- belongs to an agenda item or a meeting goes with it when a meeting
-- that was never held is deleted.

CREATE TABLE proposal (
  id             INTEGER PRIMARY KEY,
  proposer_id    INTEGER NOT NULL REFERENCES person (id),
  -- ISO date the secretariat received it
  received       TEXT NOT NULL CHECK (date(received) IS received),
  title          TEXT NOT NULL CHECK (length(trim(title)) > 0),
  description    TEXT NOT NULL DEFAULT '',
  -- the meeting it is proposed for, whose deadline it is measured by
  meeting_id     INTEGER REFERENCES meeting (id) ON DELETE SET NULL,
  status         TEXT NOT NULL DEFAULT 'received'
                 CHECK (status IN ('received', 'considering', 'on-agenda', 'deferred', 'declined')),
  -- on the agenda: the item it became
  agenda_item_id INTEGER REFERENCES agenda_item (id),
  -- deferred: to which meeting (NULL once that meeting is deleted)
  deferred_to_id INTEGER REFERENCES meeting (id) ON DELETE SET NULL,
  -- declined: why
  reason         TEXT NOT NULL DEFAULT '',
  CHECK ((status = 'on-agenda') = (agenda_item_id IS NOT NULL))
) STRICT;

CREATE INDEX proposal_by_proposer ON proposal (proposer_id);
CREATE INDEX proposal_by_meeting ON proposal (meeting_id);
CREATE INDEX proposal_by_agenda_item ON proposal (agenda_item_id);
CREATE INDEX proposal_by_deferred_to ON proposal (deferred_to_id);

-- An item taken off the agenda (or a meeting deleted with its agenda)
-- sends the proposal back to consideration rather than losing it.
CREATE TRIGGER proposal_item_removed BEFORE DELETE ON agenda_item
BEGIN
  UPDATE proposal SET status = 'considering', agenda_item_id = NULL WHERE agenda_item_id = old.id;
END;

-- One row a meeting once minutes are begun; no row reads as a draft.
CREATE TABLE minutes (
  meeting_id  INTEGER PRIMARY KEY REFERENCES meeting (id) ON DELETE CASCADE,
  status      TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved')),
  approved_on TEXT CHECK (approved_on IS NULL OR date(approved_on) IS approved_on),
  CHECK ((status = 'approved') = (approved_on IS NOT NULL))
) STRICT;

CREATE TABLE minutes_item (
  agenda_item_id INTEGER PRIMARY KEY REFERENCES agenda_item (id) ON DELETE CASCADE,
  summary        TEXT NOT NULL DEFAULT '',
  decisions      TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE working_group (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
  mandate    TEXT NOT NULL DEFAULT '',
  start_date TEXT NOT NULL CHECK (date(start_date) IS start_date),
  -- the last day; NULL while it works
  end_date   TEXT CHECK (end_date IS NULL OR (date(end_date) IS end_date AND end_date >= start_date))
) STRICT;

CREATE TABLE working_group_member (
  group_id  INTEGER NOT NULL REFERENCES working_group (id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES person (id),
  position  INTEGER NOT NULL,
  PRIMARY KEY (group_id, person_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX working_group_member_by_person ON working_group_member (person_id);

-- A working group's own meetings (of the kind 'working-group'), kept
-- here rather than on the meeting itself.
CREATE TABLE working_group_meeting (
  meeting_id INTEGER PRIMARY KEY REFERENCES meeting (id) ON DELETE CASCADE,
  group_id   INTEGER NOT NULL REFERENCES working_group (id) ON DELETE CASCADE
) STRICT;

CREATE INDEX working_group_meeting_by_group ON working_group_meeting (group_id);

-- An action agreed under an agenda item (Danish: opfølgningspunkt), owned
-- by a person or an organisation, and perhaps by a working group.
CREATE TABLE action_item (
  id                    INTEGER PRIMARY KEY,
  agenda_item_id        INTEGER NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
  position              INTEGER NOT NULL CHECK (position >= 0),
  description           TEXT NOT NULL CHECK (length(trim(description)) > 0),
  owner_person_id       INTEGER REFERENCES person (id),
  owner_organisation_id INTEGER REFERENCES organisation (id),
  working_group_id      INTEGER REFERENCES working_group (id) ON DELETE SET NULL,
  due_date              TEXT CHECK (due_date IS NULL OR date(due_date) IS due_date),
  status                TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
  CHECK ((owner_person_id IS NULL) <> (owner_organisation_id IS NULL))
) STRICT;

CREATE INDEX action_item_by_agenda_item ON action_item (agenda_item_id, position);
CREATE INDEX action_item_by_person ON action_item (owner_person_id);
CREATE INDEX action_item_by_organisation ON action_item (owner_organisation_id);
CREATE INDEX action_item_by_working_group ON action_item (working_group_id);

-- The item "Opfølgning fra sidste møde" made from the actions still open,
-- and the meeting whose actions it follows up; made again, it is updated.
CREATE TABLE followup_item (
  agenda_item_id  INTEGER PRIMARY KEY REFERENCES agenda_item (id) ON DELETE CASCADE,
  from_meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE
) STRICT;

CREATE INDEX followup_item_by_from_meeting ON followup_item (from_meeting_id);

-- Who arranges a study trip, a visit or another activity: a member or an
-- organisation.
CREATE TABLE meeting_arranger (
  id              INTEGER PRIMARY KEY,
  meeting_id      INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  person_id       INTEGER REFERENCES person (id),
  organisation_id INTEGER REFERENCES organisation (id),
  CHECK ((person_id IS NULL) <> (organisation_id IS NULL))
) STRICT;

CREATE UNIQUE INDEX meeting_arranger_once
  ON meeting_arranger (meeting_id, ifnull(person_id, 0), ifnull(organisation_id, 0));
CREATE INDEX meeting_arranger_by_person ON meeting_arranger (person_id);
CREATE INDEX meeting_arranger_by_organisation ON meeting_arranger (organisation_id);
