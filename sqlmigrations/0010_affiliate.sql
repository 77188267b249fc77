-- placeholder: 0010_affiliate (filled by its owner)
SELECT 1;
