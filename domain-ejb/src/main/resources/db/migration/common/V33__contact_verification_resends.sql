-- Abuse limits (issue 15): a verification mail's link records when it was issued (re-sends are counted per
-- application over the last hour, cc.verification.mails) and when a newer link replaced it (a re-send, or a
-- resubmission with a new primary contact address, kills every earlier link). Links issued before this version
-- have no issued_at and count as old.
ALTER TABLE contact_verification ADD COLUMN issued_at TIMESTAMP;
ALTER TABLE contact_verification ADD COLUMN replaced_at TIMESTAMP;
CREATE INDEX ix_contact_verification_issued ON contact_verification (application_id, issued_at);
