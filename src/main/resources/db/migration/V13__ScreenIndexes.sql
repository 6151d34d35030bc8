-- Indexes for the screens' read models (issue 12), on H2 and PostgreSQL alike. PostgreSQL does not index a
-- foreign key by itself, so every "by plan" or "by section" read was a scan of the whole table, for every
-- organisation's plans. Named ix_screen_* so that they cannot collide with the inbox's own (V12).

-- Dashboard, plan page, plan audit: a plan's measures in seq order.
create index ix_screen_plan_measure_plan on plan_measure (plan_id, seq);
-- Plan audit (the measure of each entry), measure pages, evidence links: the measure of a process instance.
create index ix_screen_plan_measure_process on plan_measure (process_instance_id);
-- Plan page: a plan's sections, their texts and guidelines, one statement each for the whole plan.
create index ix_screen_plan_section_plan on plan_section (plan_id);
create index ix_screen_plan_weakness_section on plan_weakness (section_id, seq);
create index ix_screen_plan_approach_section on plan_approach (section_id, seq);
create index ix_screen_plan_guideline_plan on plan_guideline (plan_id, indicator_code, seq);
-- Notifications page: a recipient's newest first.
create index ix_screen_notification_recent on notification (recipient, created_at, id);
