-- Divisions of the organisation. Each division code maps to two Camunda groups:
-- div-<code> (everyone in the division) and head-<code> (its director).
create table division (
    code        varchar(40)  primary key,
    name_th     varchar(200) not null,
    name_en     varchar(200) not null,
    sort_order  int          not null
);

insert into division (code, name_th, name_en, sort_order) values
    ('office',    'สำนักปลัด',    'Office of the Municipal Clerk', 1),
    ('finance',   'กองคลัง',      'Finance Division',              2),
    ('works',     'กองช่าง',      'Public Works Division',         3),
    ('education', 'กองการศึกษา', 'Education Division',            4);

-- Evidence submitted with a task. Never updated: a correction is a new row.
create table evidence (
    id                   uuid          primary key,
    process_instance_id  varchar(64)   not null,
    task_id              varchar(64)   not null,
    division_code        varchar(40),
    file_name            varchar(255)  not null,
    content_type         varchar(255)  not null,
    size_bytes           bigint        not null,
    sha256               char(64)      not null,
    content              bytea         not null,
    uploaded_by          varchar(255)  not null,
    uploaded_at          timestamp with time zone not null
);

create index evidence_process_instance_idx on evidence (process_instance_id);
