-- Evidence may be a link to a page of the organisation's website (OIT evidence is checked at such URLs)
-- instead of a file: such rows have a url and no content.
alter table evidence add column url varchar(2000);
alter table evidence alter column content drop not null;
