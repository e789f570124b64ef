-- Schema version 6: which days of its month each import covered, and notes that came with
-- an import.
-- A file exported on 10 December holds figures for December that cover only its first ten
-- days; such a month must not be compared with whole months nor given a status. For every
-- metric and month an import wrote, `days` holds the days of that month its figures covered
-- as bits (bit 0 is the 1st, bit 30 the 31st). A month is complete when the imports that
-- still have figures for it cover every day together (MonthCoverage). One row per import,
-- metric and month, so a million-row import adds a few hundred rows at most.
CREATE TABLE month_coverage (
    period TEXT NOT NULL,
    metric_id INTEGER NOT NULL REFERENCES metric(id) ON DELETE CASCADE,
    batch_id INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
    days INTEGER NOT NULL,
    PRIMARY KEY (period, metric_id, batch_id)
) WITHOUT ROWID;

-- An annotation made from a notes column ("Toelichting") belongs to the import that brought
-- it: removing the import takes it out, putting the import back brings it back. Only
-- ImportHistory removes imports, and it moves these rows itself (with the foreign-key checks
-- off, as for the figures), so the column is a plain number: the annotation's editor has no
-- field for it.
ALTER TABLE annotation ADD COLUMN batch_id INTEGER;
