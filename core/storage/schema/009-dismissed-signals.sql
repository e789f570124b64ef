-- Schema version 9: trend signals the coordinator dismissed on the
-- dashboard, by the signal's stable key (kind, subject and period), so a dismissed signal
-- stays away.
CREATE TABLE dismissed_signal (
    id {id},
    signal_key TEXT NOT NULL UNIQUE,
    dismissed_on TEXT NOT NULL
);
