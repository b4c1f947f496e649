-- Engagement scores (0-100) each engagement source gave per registrable domain in its last fetch; a changed,
-- new or vanished score makes the unified account pending. The fetched window is kept in abm_setting.
CREATE TABLE abm_engagement (
    system_name   VARCHAR(64)  NOT NULL,
    domain_name   VARCHAR(255) NOT NULL,
    score         INTEGER      NOT NULL,
    PRIMARY KEY (system_name, domain_name)
);
CREATE INDEX abm_engagement_domain ON abm_engagement (domain_name);
