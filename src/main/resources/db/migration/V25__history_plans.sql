-- A past year's plan recorded as history (improvement_plan.status HISTORY): no process ran, so the outcome of
-- each measure and of each division's part is recorded here, DONE or NOT_DONE; null for every other plan, whose
-- outcomes the measure process writes to measure_part_outcome.
alter table plan_measure add column recorded_outcome varchar(16);
alter table plan_measure_division add column recorded_outcome varchar(16);
