-- placeholder: 0013_sales (filled by its owner)
SELECT 1;
