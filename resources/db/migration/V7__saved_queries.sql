-- Tables built in the Explore section and saved by name, as the query file's JSON, so a query
-- reruns against the newest extracts and can be written out for `table --query` (docs/EXPLORE.md).
CREATE TABLE SAVED_QUERY (
    NAME       VARCHAR(80) PRIMARY KEY,
    QUERY_JSON CHARACTER LARGE OBJECT NOT NULL,
    SAVED_AT   TIMESTAMP WITH TIME ZONE NOT NULL
);
