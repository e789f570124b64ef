-- Schema version 7: who attended each meeting. The series' participants are the people
-- invited; attendees are those who were there, and attending counts as contact.
CREATE TABLE meeting_attendee (
    id {id},
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    stakeholder_id INTEGER NOT NULL REFERENCES stakeholder(id) ON DELETE CASCADE,
    UNIQUE (meeting_id, stakeholder_id)
);

CREATE INDEX meeting_attendee_by_stakeholder ON meeting_attendee (stakeholder_id);
