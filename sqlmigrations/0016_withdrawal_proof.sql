-- A payout is marked paid only with the bank's transfer proof on file (photo or PDF), which the wallet
-- owner can open too. Rows paid before this migration keep their text note; the constraint is NOT VALID
-- so it binds every payout from now on without rewriting history.
ALTER TABLE withdrawals
    ADD COLUMN proof_file_key    text,
    ADD COLUMN proof_mime        text CHECK (proof_mime IN ('image/jpeg', 'image/png', 'application/pdf')),
    ADD COLUMN proof_uploaded_at timestamptz,
    ADD CONSTRAINT withdrawals_proof_complete
        CHECK ((proof_file_key IS NULL) = (proof_mime IS NULL)
               AND (proof_file_key IS NULL) = (proof_uploaded_at IS NULL));
ALTER TABLE withdrawals
    ADD CONSTRAINT withdrawals_paid_with_proof CHECK (status <> 'paid' OR proof_file_key IS NOT NULL) NOT VALID;
