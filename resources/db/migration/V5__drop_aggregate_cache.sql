-- The measures now query the analytic engine's columnar copy of each version directly (ADR 0013): as fast the
-- first time as any other, so the stored aggregates are no longer needed.
DROP TABLE AGGREGATE_ROW;
DROP TABLE AGGREGATE_ENTRY;
