-- The province a province auditor oversees (role province-auditor): they read every organisation of it.
-- Users, groups and tenants live in the engine's identity tables; this is the one fact the engine has no place for.
create table province_auditor (
    user_id   varchar(255) primary key,
    province  varchar(200) not null
);
