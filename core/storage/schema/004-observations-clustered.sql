-- Schema version 4: observations are stored in the order they are read and written, by
-- (month, metric, dimension), instead of in a rowid table with two secondary indexes. A
-- WITHOUT ROWID table keeps each row once, inside that key: an import writes one b-tree
-- instead of three, a month of figures for one metric is one range, and exports, which list
-- their rows by date, are appended at the end of the table while they are still being read.
-- `id` ends the key: it keeps every row unique (several windows can count for one month) and
-- keeps the order of the file within a month for metrics that take the last value. It is
-- not a rowid, so the writers number new rows themselves (see RecordStore::write).
-- There is no index on batch_id: undoing a batch scans the table once, which costs far less
-- than keeping a second b-tree up to date on every import.
CREATE TABLE observation_clustered (
    id INTEGER NOT NULL,
    metric_id INTEGER NOT NULL REFERENCES metric(id),
    period TEXT NOT NULL,
    window_start TEXT,
    window_end TEXT,
    dimension TEXT NOT NULL DEFAULT '',
    value REAL NOT NULL,
    batch_id INTEGER REFERENCES import_batch(id) ON DELETE CASCADE,
    PRIMARY KEY (period, metric_id, dimension, id)
) WITHOUT ROWID;

INSERT INTO observation_clustered
    (id, metric_id, period, window_start, window_end, dimension, value, batch_id)
SELECT id, metric_id, period, window_start, window_end, dimension, value, batch_id
FROM observation
ORDER BY period, metric_id, dimension, id;

DROP TABLE observation;

ALTER TABLE observation_clustered RENAME TO observation;
