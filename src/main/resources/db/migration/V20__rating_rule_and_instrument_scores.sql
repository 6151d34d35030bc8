-- The rating is each year's own rule, as data (issue 22): letter grades by the overall score (up to the 2565
-- results) or levels that also ask a minimum of each instrument's score (from 2566). Results keep the three
-- instrument scores as NACC publishes them. Portable SQL: runs unchanged on H2 and PostgreSQL.

alter table ita_framework add column rating_kind varchar(10) default 'BANDS' not null;
alter table ita_framework add column provisional boolean default false not null;
-- One source per line (URL or citation), as in the file's sources: list.
alter table ita_framework add column sources varchar(8000);

-- The levels of the year's rule; names are the year's own (ผ่านดีเยี่ยม …, or the grade letters).
create table ita_rating_level (
    fiscal_year  int          not null references ita_framework (fiscal_year),
    code         varchar(20)  not null,
    name_th      varchar(200) not null,
    name_en      varchar(200) not null,
    min_overall  numeric(5,2) not null,
    sort_order   int          not null,
    primary key (fiscal_year, code)
);

-- A level's minimum of one instrument's score (none for a rule by the overall score alone).
create table ita_rating_minimum (
    fiscal_year  int          not null,
    level_code   varchar(20)  not null,
    instrument   varchar(10)  not null,
    min_score    numeric(5,2) not null,
    primary key (fiscal_year, level_code, instrument),
    foreign key (fiscal_year, level_code) references ita_rating_level (fiscal_year, code) on delete cascade,
    foreign key (fiscal_year, instrument) references ita_instrument (fiscal_year, code)
);

insert into ita_rating_level (fiscal_year, code, name_th, name_en, min_overall, sort_order)
    select fiscal_year, grade, grade, grade, min_score, 0 from ita_grade_band;
drop table ita_grade_band;

-- Which item carries this application's output (MEASURES, MEASURES_REPORT), instead of a code in Java.
alter table ita_oit_item add column role varchar(30);

-- grade: the rating as published (a level code is longer than a letter); rating: the one shown, i.e. the
-- published one, else what the year's rule gives from the stored scores, set whenever results are saved.
alter table assessment alter column grade set data type varchar(20);
alter table assessment add column rating varchar(20);
alter table assessment add column overall_computed boolean default false not null;
update assessment set rating = grade;

-- IIT, EIT, OIT as published; computed = derived from the indicator scores because NACC's figure was not given.
create table assessment_instrument_score (
    assessment_id  bigint       not null references assessment (id) on delete cascade,
    instrument     varchar(10)  not null,
    score          numeric(5,2) not null,
    computed       boolean      not null,
    primary key (assessment_id, instrument)
);
