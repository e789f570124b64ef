-- Schema version 1: the foundation. {id} is the dialect's generated integer key.
CREATE TABLE organisation (
    id {id},
    name TEXT NOT NULL DEFAULT '',
    platform TEXT NOT NULL DEFAULT '',
    go_live TEXT,
    sector TEXT,
    report_language TEXT,
    coordinator TEXT NOT NULL DEFAULT '',
    logo BLOB
);

CREATE TABLE headcount (
    id {id},
    month TEXT NOT NULL,
    employees INTEGER NOT NULL,
    UNIQUE (month)
);

CREATE TABLE stakeholder (
    id {id},
    name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    department TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL,
    influence INTEGER NOT NULL,
    interest INTEGER NOT NULL,
    contact TEXT NOT NULL DEFAULT '',
    cadence TEXT,
    last_contact TEXT,
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE goal (
    id {id},
    title TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    parent_id INTEGER REFERENCES goal(id) ON DELETE SET NULL,
    owner_id INTEGER REFERENCES stakeholder(id) ON DELETE SET NULL,
    horizon TEXT,
    status TEXT NOT NULL
);

CREATE TABLE meeting_series (
    id {id},
    title TEXT NOT NULL DEFAULT '',
    cadence TEXT NOT NULL,
    chair_id INTEGER REFERENCES stakeholder(id) ON DELETE SET NULL,
    purpose TEXT NOT NULL DEFAULT ''
);

CREATE TABLE meeting_participant (
    id {id},
    series_id INTEGER NOT NULL REFERENCES meeting_series(id) ON DELETE CASCADE,
    stakeholder_id INTEGER NOT NULL REFERENCES stakeholder(id) ON DELETE CASCADE,
    UNIQUE (series_id, stakeholder_id)
);

CREATE TABLE meeting (
    id {id},
    series_id INTEGER NOT NULL REFERENCES meeting_series(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '',
    agenda TEXT NOT NULL DEFAULT '',
    minutes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE decision (
    id {id},
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    text TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE metric (
    id {id},
    key TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL,
    aggregation TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    UNIQUE (key)
);

CREATE TABLE kpi (
    id {id},
    name TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    goal_id INTEGER REFERENCES goal(id) ON DELETE SET NULL,
    owner_id INTEGER REFERENCES stakeholder(id) ON DELETE SET NULL,
    unit TEXT NOT NULL,
    direction TEXT NOT NULL,
    source TEXT NOT NULL,
    formula TEXT NOT NULL DEFAULT '',
    frequency TEXT NOT NULL,
    lifecycle TEXT NOT NULL,
    retired_reason TEXT NOT NULL DEFAULT '',
    next_review TEXT,
    version INTEGER NOT NULL
);

CREATE TABLE kpi_target (
    id {id},
    kpi_id INTEGER NOT NULL REFERENCES kpi(id) ON DELETE CASCADE,
    period TEXT NOT NULL,
    kind TEXT NOT NULL,
    path TEXT NOT NULL,
    value REAL NOT NULL,
    upper_value REAL,
    UNIQUE (kpi_id, period)
);

CREATE TABLE threshold_rule (
    id {id},
    kpi_id INTEGER NOT NULL REFERENCES kpi(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    boundary REAL NOT NULL,
    consecutive INTEGER NOT NULL,
    action TEXT NOT NULL DEFAULT '',
    action_owner_id INTEGER REFERENCES stakeholder(id) ON DELETE SET NULL,
    action_days INTEGER NOT NULL
);

CREATE TABLE kpi_value (
    id {id},
    kpi_id INTEGER NOT NULL REFERENCES kpi(id) ON DELETE CASCADE,
    period TEXT NOT NULL,
    value REAL NOT NULL,
    version INTEGER NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    entered_at TEXT,
    UNIQUE (kpi_id, period, version)
);

CREATE TABLE kpi_change (
    id {id},
    kpi_id INTEGER NOT NULL REFERENCES kpi(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    changed_at TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    what TEXT NOT NULL DEFAULT '',
    why TEXT NOT NULL DEFAULT ''
);

CREATE TABLE action_item (
    id {id},
    description TEXT NOT NULL DEFAULT '',
    owner_id INTEGER REFERENCES stakeholder(id) ON DELETE SET NULL,
    due TEXT,
    status TEXT NOT NULL,
    meeting_id INTEGER REFERENCES meeting(id) ON DELETE SET NULL,
    kpi_id INTEGER REFERENCES kpi(id) ON DELETE SET NULL,
    rule_id INTEGER REFERENCES threshold_rule(id) ON DELETE SET NULL,
    created TEXT,
    closed TEXT
);

CREATE TABLE agreement (
    id {id},
    title TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    party TEXT NOT NULL DEFAULT '',
    stakeholder_id INTEGER REFERENCES stakeholder(id) ON DELETE SET NULL,
    agreed_on TEXT NOT NULL,
    next_review TEXT,
    status TEXT NOT NULL
);

CREATE TABLE budget_year (
    id {id},
    year INTEGER NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    UNIQUE (year)
);

CREATE TABLE budget_line (
    id {id},
    year_id INTEGER NOT NULL REFERENCES budget_year(id) ON DELETE CASCADE,
    category TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    planned_cents INTEGER NOT NULL
);

CREATE TABLE expense (
    id {id},
    line_id INTEGER NOT NULL REFERENCES budget_line(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    amount_cents INTEGER NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    supplier TEXT NOT NULL DEFAULT ''
);

CREATE TABLE backlog_item (
    id {id},
    title TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    origin TEXT NOT NULL,
    goal_id INTEGER REFERENCES goal(id) ON DELETE SET NULL,
    priority TEXT NOT NULL,
    value INTEGER NOT NULL,
    effort INTEGER NOT NULL,
    estimated_cost_cents INTEGER,
    budget_line_id INTEGER REFERENCES budget_line(id) ON DELETE SET NULL,
    status TEXT NOT NULL,
    target_quarter TEXT
);

CREATE TABLE wish (
    id {id},
    received TEXT NOT NULL,
    department TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    backlog_item_id INTEGER REFERENCES backlog_item(id) ON DELETE SET NULL
);

CREATE TABLE import_batch (
    id {id},
    file_name TEXT NOT NULL DEFAULT '',
    sha256 TEXT NOT NULL DEFAULT '',
    profile_name TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL,
    rows_read INTEGER,
    rows_kept INTEGER,
    rows_rejected INTEGER,
    first_period TEXT,
    last_period TEXT
);

CREATE TABLE observation (
    id {id},
    metric_id INTEGER NOT NULL REFERENCES metric(id),
    period TEXT NOT NULL,
    window_start TEXT,
    window_end TEXT,
    dimension TEXT NOT NULL DEFAULT '',
    value REAL NOT NULL,
    batch_id INTEGER REFERENCES import_batch(id) ON DELETE CASCADE
);

CREATE TABLE import_profile (
    id {id},
    name TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    built_in INTEGER,
    definition TEXT NOT NULL DEFAULT '',
    created_at TEXT,
    UNIQUE (name)
);

CREATE INDEX observation_by_metric_period ON observation (metric_id, period, dimension);
CREATE INDEX observation_by_batch ON observation (batch_id);
CREATE INDEX kpi_value_by_kpi ON kpi_value (kpi_id, period);
CREATE INDEX action_item_by_status ON action_item (status, due);
CREATE INDEX expense_by_line ON expense (line_id);
