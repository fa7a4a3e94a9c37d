-- dvc schema v1: dossier code counters (Circular 01/2018/TT-VPCP numbering), one row per agency and receipt day.
CREATE TABLE ${prefix}dossier_counter (
  agency VARCHAR(64) NOT NULL,
  receipt_day DATE     NOT NULL,
  n      INT         NOT NULL,
  PRIMARY KEY (agency, receipt_day)
);
