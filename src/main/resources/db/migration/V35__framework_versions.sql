-- Frameworks become managed data: a platform administrator loads or corrects a year's framework at run time.
-- Each save of a year is kept as a version with the file's own text (the source of truth, read back through the same
-- reader as the shipped files); the ita_* rows hold the parsed current version for SQL. A version already used by
-- results, plans or an OIT board is never changed: a correction becomes the next version, and what was recorded
-- keeps the version it was recorded under (1 for everything recorded before this migration).

-- version: the year's current version; stamp: changes at every save, also when an unused version is replaced in
-- place, so that each node's cache (keyed by it) notices a change made through another node.
alter table ita_framework add column version int default 1 not null;
alter table ita_framework add column stamp bigint default 1 not null;

create table ita_framework_version (
    fiscal_year  int          not null references ita_framework (fiscal_year),
    version      int          not null,
    source       text         not null,
    provisional  boolean      default false not null,
    saved_by     varchar(255) not null,
    saved_at     timestamp with time zone not null,
    primary key (fiscal_year, version)
);

alter table assessment add column framework_version int default 1 not null;

-- A plan of year N is measured against the framework of the assessed year N-1 when there is one, else its own year's.
alter table improvement_plan add column framework_year int;
alter table improvement_plan add column framework_version int default 1 not null;
update improvement_plan set framework_year = (select min(f.fiscal_year) from ita_framework f
    where f.fiscal_year in (improvement_plan.fiscal_year - 1, improvement_plan.fiscal_year));

alter table oit_item add column framework_version int default 1 not null;
