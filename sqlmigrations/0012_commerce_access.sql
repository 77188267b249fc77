-- placeholder: 0012_commerce_access (filled by its owner)
SELECT 1;
