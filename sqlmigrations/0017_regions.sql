-- Indonesian administrative areas (filled by the regions engineer).
SELECT 1;
