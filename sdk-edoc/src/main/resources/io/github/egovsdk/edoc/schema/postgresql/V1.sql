-- edoc schema v1: receive checkpoints with leases, handled edXML identities, send outbox, tracker.
-- Times are epoch milliseconds (BIGINT) from the instances' clocks: keep them NTP-synchronized.
CREATE TABLE ${prefix}receive_checkpoint (
  doc_id          VARCHAR(128) PRIMARY KEY,
  step            SMALLINT     NOT NULL,
  outcome         VARCHAR(8),
  lease_owner     VARCHAR(128),
  lease_until     BIGINT,
  token           BIGINT       NOT NULL,
  claims          INT          NOT NULL,
  acknowledged_at BIGINT,
  updated_at      BIGINT       NOT NULL
);
CREATE TABLE ${prefix}receive_identity (
  identity    VARCHAR(64)  PRIMARY KEY,
  doc_id      VARCHAR(128) NOT NULL,
  recorded_at BIGINT       NOT NULL
);
CREATE TABLE ${prefix}outbox (
  id           BIGSERIAL    PRIMARY KEY,
  kind         VARCHAR(8)   NOT NULL,
  from_organ   VARCHAR(64)  NOT NULL,
  document_id  VARCHAR(512),
  payload      BYTEA        NOT NULL,
  state        VARCHAR(8)   NOT NULL,
  attempts     INT          NOT NULL,
  next_attempt BIGINT       NOT NULL,
  lease_owner  VARCHAR(128),
  lease_until  BIGINT,
  axis_doc_id  VARCHAR(128),
  last_error   VARCHAR(1000),
  created_at   BIGINT       NOT NULL,
  sent_at      BIGINT
);
CREATE INDEX ${prefix}outbox_due ON ${prefix}outbox (state, next_attempt);
CREATE TABLE ${prefix}tracker_sent (
  document_id VARCHAR(512) PRIMARY KEY,
  organ_id    VARCHAR(64)  NOT NULL,
  code        VARCHAR(256) NOT NULL,
  code_key    VARCHAR(256) NOT NULL,
  issued      VARCHAR(16)  NOT NULL,
  recipients  VARCHAR(4000) NOT NULL,
  sent_at     BIGINT       NOT NULL
);
CREATE INDEX ${prefix}tracker_sent_code ON ${prefix}tracker_sent (organ_id, code_key, issued);
CREATE TABLE ${prefix}tracker_status (
  document_id VARCHAR(512) NOT NULL,
  recipient   VARCHAR(64)  NOT NULL,
  status_code VARCHAR(8)   NOT NULL,
  description VARCHAR(2000),
  status_time VARCHAR(32),
  updated_at  BIGINT       NOT NULL,
  PRIMARY KEY (document_id, recipient)
);
