-- Schema version 8 (issue 9): the wishes inbox, the phase-two backlog and the business case.
-- A declined wish keeps why it was declined, so the answer to its sender is on record.
ALTER TABLE wish ADD COLUMN decline_reason TEXT NOT NULL DEFAULT '';
-- When an item entered the backlog, so an idea that waits too long for a decision shows.
-- Rows from before this version have no date; their wish's date stands in for it.
ALTER TABLE backlog_item ADD COLUMN added TEXT;
-- "Prepare next year" writes a draft budget that the steering group still has to approve.
ALTER TABLE budget_year ADD COLUMN draft INTEGER NOT NULL DEFAULT 0;
-- The coordinator's assumptions behind the business case's estimated return: time saved
-- per active user per month at an hourly cost, or a fixed amount per year.
CREATE TABLE benefit_assumption (
    id {id},
    description TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    minutes_per_user_month REAL,
    hourly_cost_cents INTEGER,
    share_percent REAL,
    amount_per_year_cents INTEGER
);
