-- Indexes for the screens' read models (issue 12) beyond V12's (plan_measure by plan and by process instance,
-- notification by recipient and time), on H2 and PostgreSQL alike. PostgreSQL does not index a foreign key by
-- itself, so reading a plan's sections and texts by plan was a scan of every organisation's rows.

-- Plan page, dashboard, report: a plan's sections, their weaknesses and approaches, and its guidelines, one
-- statement each for the whole plan.
create index ix_screen_plan_section_plan on plan_section (plan_id);
create index ix_screen_plan_weakness_section on plan_weakness (section_id, seq);
create index ix_screen_plan_approach_section on plan_approach (section_id, seq);
create index ix_screen_plan_guideline_plan on plan_guideline (plan_id, indicator_code, seq);
