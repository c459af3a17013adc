-- Issue 9: what a line declares (a purpose the secretariat checks, the petroleum product that picks the barrel
-- factor) and the facts of a whole case the applicant answers (workers, export credits, ship-to-ship transfers...).
-- aircraft_spare_part stays for readers of the old column; declared_purpose is what counts.
ALTER TABLE case_item ADD COLUMN declared_purpose VARCHAR(60);
ALTER TABLE case_item ADD COLUMN product VARCHAR(60);
ALTER TABLE case_item ADD COLUMN purpose_checked_by VARCHAR(100);
ALTER TABLE case_item ADD COLUMN purpose_checked_at TIMESTAMP WITH TIME ZONE;
UPDATE case_item SET declared_purpose = 'civil-aircraft-spare-part' WHERE aircraft_spare_part = TRUE;
ALTER TABLE case_file ADD COLUMN declarations VARCHAR(1000) DEFAULT '' NOT NULL;
