-- Partners, assessments, events, clients, quota and credit (filled by the partner engineer).
SELECT 1;
