-- Schema version 5: figures that an import replaced are kept, not deleted. When a file
-- brings new figures for a metric, month and dimension the workspace already had and the
-- coordinator chooses "Replace", the earlier figures move here, marked with the import that
-- replaced them (`replaced_by`). Removing that import from the import history, in this
-- session or a year later, moves them back, so a mistaken import never costs the figures
-- it displaced. Only ImportHistory and BatchWriter read and write this table.
-- Deleting an import record takes its shadow rows with it in both directions: the figures
-- it replaced (replaced_by) and its own figures that a later import replaced (batch_id).
-- As for observation, there is no index on batch_id: removing an import scans this table
-- once, which costs less than keeping an index up to date on every replacing import.
-- The key columns come first: SQLite 3.40's integrity_check misreads a WITHOUT ROWID
-- table whose key column follows a column outside the key ("NULL value in …").
CREATE TABLE replaced_observation (
    replaced_by INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    metric_id INTEGER NOT NULL REFERENCES metric(id) ON DELETE CASCADE,
    period TEXT NOT NULL,
    window_start TEXT,
    window_end TEXT,
    dimension TEXT NOT NULL DEFAULT '',
    value REAL NOT NULL,
    batch_id INTEGER REFERENCES import_batch(id) ON DELETE CASCADE,
    PRIMARY KEY (replaced_by, period, metric_id, dimension, id)
) WITHOUT ROWID;
