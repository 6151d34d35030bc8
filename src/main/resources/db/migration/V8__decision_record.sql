-- The decisions of the approval steps (head review, coordinator check, executive approval, plan approval,
-- report sign-off), written inside the engine transaction that completes the task, whatever door it came
-- through. Append-only: the application never updates or deletes a row. Each row carries the SHA-256 of the
-- row before it in the same process instance (prev_hash) and of its own fields (row_hash), so a changed or
-- removed row breaks the chain (th.ita.decision.DecisionChain). seq counts 1, 2, 3… per process instance; the
-- unique key makes the second of two concurrent writers fail instead of forking the chain.
create table decision_record (
    id                  uuid          primary key,
    process_instance_id varchar(64)   not null,
    task_id             varchar(64)   not null,
    step                varchar(64)   not null,
    seq                 int           not null,
    decided_by          varchar(255)  not null,
    role                varchar(255)  not null,
    division            varchar(40),
    decided_at          timestamp with time zone not null,
    decision            varchar(64),
    reason              text,
    -- JSON array of the evidence the decision covers: id, kind, name (file name or URL), sha256
    evidence            text          not null,
    prev_hash           char(64)      not null,
    row_hash            char(64)      not null,
    constraint decision_record_chain unique (process_instance_id, seq)
);
-- The unique key's index serves the chain (by process instance, in seq order) and the latest row.
-- The delegates ask for the latest decision of one step.
create index decision_record_step on decision_record (process_instance_id, step, seq);
