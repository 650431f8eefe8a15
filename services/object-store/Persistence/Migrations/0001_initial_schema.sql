-- Objects: one row per object instance, keyed by its URI parts (canonical upper-case hex).
-- unique_key holds the value of the profile's unique resource (a connector's serial number,
-- an EnOcean device's sender id): the bus looks objects up by it, and no two objects of one
-- service of a hub may share it.
create table objects (
    hid text not null check (hid ~ '^[0-9A-F]{6}$'),
    sid text not null check (sid ~ '^[0-9A-F]{3}$'),
    pid text not null check (pid ~ '^[0-9A-F]{4}$'),
    ins text not null check (ins ~ '^[0-9A-F]{4}$'),
    unique_key text,
    created_at timestamptz not null default now(),
    primary key (hid, sid, pid, ins)
);

create unique index objects_unique_key_per_service on objects (hid, sid, unique_key) where unique_key is not null;

-- Resources: one row per resource of an object. prar is the 16-slot priority array as a JSON
-- array, slot 1 first, JSON null for an empty slot; slot 16 always holds the default.
create table resources (
    hid text not null,
    sid text not null,
    pid text not null,
    ins text not null,
    rid text not null check (rid ~ '^[0-9A-F]{2}$'),
    prar jsonb not null check (jsonb_typeof(prar) = 'array' and jsonb_array_length(prar) = 16 and prar -> 15 <> 'null'::jsonb),
    primary key (hid, sid, pid, ins, rid),
    foreign key (hid, sid, pid, ins) references objects on delete cascade
);

-- Engine API users. password_hash is ASP.NET Core Identity's PasswordHasher format (PBKDF2).
create table users (
    id uuid primary key,
    username text not null unique,
    password_hash text not null,
    roles text[] not null,
    created_at timestamptz not null default now()
);
