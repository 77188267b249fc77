-- The executive-summary add-on as assessment data: paragraphs chosen by the categories a client
-- reached (issue 4 §4). NULL when the assessment offers no executive summary.
ALTER TABLE assessments
    ADD COLUMN executive_summary jsonb
        CHECK (executive_summary IS NULL OR jsonb_typeof(executive_summary) = 'object');
