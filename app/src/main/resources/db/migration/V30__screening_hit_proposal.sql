-- A false positive on a hit scoring at or above the four-eyes score is first proposed by one person and decided
-- only when a second person of another role or party confirms it (ADR 0011). The hit stays OPEN meanwhile, so
-- that everything reading hit states (triage) keeps treating it as unresolved.
ALTER TABLE screening_hit ADD COLUMN proposed_by VARCHAR(100);
ALTER TABLE screening_hit ADD COLUMN proposer_role VARCHAR(40);
ALTER TABLE screening_hit ADD COLUMN proposer_party VARCHAR(20);
ALTER TABLE screening_hit ADD COLUMN proposed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE screening_hit ADD COLUMN proposal_reason TEXT;
