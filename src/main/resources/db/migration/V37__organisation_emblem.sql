-- The organisation's emblem (ตราสัญลักษณ์), uploaded by its administrator and printed on the cover of the year-end
-- report. One row per organisation that has one; a new upload replaces the old (the stored report versions keep
-- the emblem they were made with inside their own files).
create table organisation_emblem (
    organisation_id bigint       primary key references organisation (id),
    content_type    varchar(50)  not null,
    content         bytea        not null,
    sha256          varchar(64)  not null,
    uploaded_by     varchar(64)  not null,
    uploaded_at     timestamp with time zone not null
);
