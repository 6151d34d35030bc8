-- Indexes for what the inbox and its badges read on our own tables (the engine indexes its ACT_* tables itself).
-- Plain "create index" on single tables: the same statement on H2 and PostgreSQL. H2 already indexes foreign-key
-- columns; PostgreSQL does not, and a plan's measures are read by plan on every plan-related page.

-- A plan's measures in order (the plan page, the plan's process) and the plan of a measure process (a task's measure).
create index plan_measure_plan_idx on plan_measure (plan_id, seq);
create index plan_measure_process_idx on plan_measure (process_instance_id);

-- The inbox's indicator filter: the measures improving one indicator. The primary key (measure_id, indicator_code)
-- already serves a page's indicators by measure.
create index plan_measure_indicator_code_idx on plan_measure_indicator (indicator_code, measure_id);

-- A user's notifications, newest first (the notifications page); the unread count has notification_unread.
create index notification_recipient_time_idx on notification (recipient, created_at);
