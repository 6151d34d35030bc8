-- The outcome of each division's part of each measure: written by the measure process as it goes, so the
-- year-end report and the dashboard read it directly instead of walking the history every time.
create table measure_part_outcome (
    process_instance_id varchar(64)  not null,
    division_code       varchar(64)  not null,
    plan_id             bigint,
    plan_measure_id     bigint,
    -- OPEN while the measure runs; then DONE (executive approved), NOT_DONE (closed at year end) or WITHDRAWN
    outcome             varchar(16)  not null,
    -- how far the division got: IN_WORK, IN_REVIEW (with its head) or ACCEPTED (head accepted)
    progress            varchar(16)  not null,
    overdue_since       timestamp,
    decided_at          timestamp,
    decided_by          varchar(255),
    reason              varchar(2000),
    primary key (process_instance_id, division_code)
);
create index measure_part_outcome_plan on measure_part_outcome (plan_id, plan_measure_id);
