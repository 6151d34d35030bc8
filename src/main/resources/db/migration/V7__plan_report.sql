-- The year-end report of a plan, one row per generated version. Append-only: a new generation is a new
-- version, and only the sign-off columns of a row are ever set (once), so a signed-off report stays as signed.
create table plan_report (
    plan_id        bigint        not null references improvement_plan (id),
    version        int           not null,
    docx           bytea         not null,
    docx_sha256    char(64)      not null,
    pdf            bytea         not null,
    pdf_sha256     char(64)      not null,
    generated_by   varchar(255)  not null,
    generated_at   timestamp with time zone not null,
    signed_off_by  varchar(255),
    signed_off_at  timestamp with time zone,
    primary key (plan_id, version)
);
