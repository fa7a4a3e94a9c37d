-- test component, version 1
CREATE TABLE ${prefix}widget (id VARCHAR(64) PRIMARY KEY);
