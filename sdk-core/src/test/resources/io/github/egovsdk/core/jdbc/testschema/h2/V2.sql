ALTER TABLE ${prefix}widget ADD COLUMN label VARCHAR(64);
CREATE INDEX ${prefix}widget_label ON ${prefix}widget (label);
