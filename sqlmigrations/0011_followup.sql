-- placeholder: 0011_followup (filled by its owner)
SELECT 1;
