-- Spring Integration's JDBC tables for the runtime in adapter-app (spring-integration-jdbc 7.1 layout), created by
-- the same Flyway migrations as the state store, on H2 and PostgreSQL alike (portable SQL).

-- JdbcLockRegistry: one row per held lock; an instance syncs a connection only while it holds the row for it.
CREATE TABLE INT_LOCK (
    LOCK_KEY      CHAR(36)     NOT NULL,
    REGION        VARCHAR(100) NOT NULL,
    CLIENT_ID     CHAR(36),
    CREATED_DATE  TIMESTAMP    NOT NULL,
    EXPIRED_AFTER TIMESTAMP    NOT NULL,
    CONSTRAINT INT_LOCK_PK PRIMARY KEY (LOCK_KEY, REGION)
);

-- JdbcMetadataStore: the schedulers' own facts per connection (last run, last outcome). Source cursors are NOT
-- kept here: they stay in abm_cursor, written in the same transaction as the snapshots they end.
CREATE TABLE INT_METADATA_STORE (
    METADATA_KEY   VARCHAR(255)  NOT NULL,
    METADATA_VALUE VARCHAR(4000),
    REGION         VARCHAR(100)  NOT NULL,
    CONSTRAINT INT_METADATA_STORE_PK PRIMARY KEY (METADATA_KEY, REGION)
);
