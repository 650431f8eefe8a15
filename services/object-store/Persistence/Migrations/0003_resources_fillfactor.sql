-- Measured values rewrite a resource row for every report. Leaving half of each page free lets
-- PostgreSQL keep the new row version on the same page (a HOT update), so neither index of
-- resources is touched and the dead versions are pruned cheaply. Applies to pages written from
-- now on (a VACUUM FULL rewrites older ones).
alter table resources set (fillfactor = 50);
