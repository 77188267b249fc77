-- Schema of the commerce module.
SELECT 1;
