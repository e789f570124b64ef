-- Schema version 3: an action item fired by a threshold rule remembers the first period
-- of the breach it answers, so a KPI that stays off track gets one action, not one a month.
ALTER TABLE action_item ADD COLUMN breach_period TEXT;

CREATE INDEX action_item_by_rule ON action_item (rule_id, breach_period);
