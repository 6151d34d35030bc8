-- A person's position title (ตำแหน่ง), shown with their name wherever the application names a person: the
-- engine's identity tables hold names and e-mail only. One row per account that has one.
create table person_position (
    user_id  varchar(64) primary key,
    position varchar(255) not null
);
