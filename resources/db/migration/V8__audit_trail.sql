-- The audit trail (docs/decisions/0017-append-only-audit-trail.md): every import (accepted, refused or
-- cancelled), sample drawn, QA worksheet imported, check finalised or corrected, release written and password
-- change, with when, the operating-system user, the workbench release and what it touched. File names, SHA-256
-- digests and ids only: never a value from an extract's rows.
CREATE TABLE AUDIT_EVENT (
    ID                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    RECORDED_AT       TIMESTAMP WITH TIME ZONE NOT NULL,
    OS_USER           VARCHAR(200)  NOT NULL,
    WORKBENCH_VERSION VARCHAR(40)   NOT NULL,
    ACTION            VARCHAR(40)   NOT NULL,
    FILE_NAME         VARCHAR(1000),
    FILE_SHA256       CHAR(64),
    EXTRACT_VERSION   BIGINT,
    SAMPLE_ID         BIGINT,
    CHECK_ID          BIGINT,
    RECHECK_ID        BIGINT,
    RELEASE_FOLDER    VARCHAR(4000),
    DETAIL            VARCHAR(1000)
);

CREATE INDEX AUDIT_EVENT_RECORDED_AT ON AUDIT_EVENT (RECORDED_AT);
CREATE INDEX AUDIT_EVENT_EXTRACT ON AUDIT_EVENT (EXTRACT_VERSION, ACTION);

-- Append-only. Every UPDATE and DELETE of a row is refused by the trigger, whoever runs it.
CREATE TRIGGER AUDIT_EVENT_APPEND_ONLY BEFORE UPDATE, DELETE ON AUDIT_EVENT FOR EACH ROW
    CALL 'cmsstats.workbench.store.AuditAppendOnly';

-- TRUNCATE fires no trigger, but H2 refuses to truncate (or plainly drop) a table another table refers to:
-- this table holds no rows and exists only for its reference.
CREATE TABLE AUDIT_EVENT_GUARD (
    EVENT_ID BIGINT REFERENCES AUDIT_EVENT (ID)
);
