-- An agreement has two sides: which of them has agreed to the draft as it stands (docs/domain.md). A draft
-- becomes ACTIVE once both have, or when a bureau officer of the region or a platform admin activates it.
ALTER TABLE partnership ADD COLUMN university_agreed BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE partnership ADD COLUMN enterprise_agreed BOOLEAN NOT NULL DEFAULT FALSE;
-- Whatever was activated before this migration was agreed by both sides.
UPDATE partnership SET university_agreed = TRUE, enterprise_agreed = TRUE WHERE status <> 'DRAFT';
