-- Schema version 2: annotations on charts and benchmark values from peers.
CREATE TABLE annotation (
    id {id},
    date TEXT NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    metric_id INTEGER REFERENCES metric(id) ON DELETE SET NULL,
    kpi_id INTEGER REFERENCES kpi(id) ON DELETE SET NULL
);

CREATE TABLE benchmark_value (
    id {id},
    source TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL,
    sector TEXT NOT NULL,
    size_band TEXT NOT NULL,
    metric_key TEXT NOT NULL DEFAULT '',
    kpi_id INTEGER REFERENCES kpi(id) ON DELETE SET NULL,
    value REAL NOT NULL,
    lower_quartile REAL,
    median REAL,
    upper_quartile REAL,
    per_employee INTEGER
);
