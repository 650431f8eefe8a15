-- Resources get a surrogate key (history refers to it, so it survives an object moving to
-- another INS), the time their slot 15 was last written (measured_at: an older report never
-- overwrites a newer value) and per-object settings overrides (settings: JSON object of the
-- overridden settings, null when the profile's apply).
alter table resources add column id bigint generated always as identity;
alter table resources add constraint resources_id_key unique (id);
alter table resources add column measured_at timestamptz;
alter table resources add column settings jsonb check (settings is null or jsonb_typeof(settings) = 'object');

-- An object may move to another INS (PATCH config with "ins"): its resources follow.
alter table resources drop constraint resources_hid_sid_pid_ins_fkey;
alter table resources add constraint resources_object_fkey
    foreign key (hid, sid, pid, ins) references objects on delete cascade on update cascade;

-- History: every value written to a resource, keyed by resource and time, so a redelivered
-- report (same time) adds nothing. Purged by age (History:Retention); BRIN on t keeps the purge
-- cheap without a second B-tree to maintain on every insert.
create table history (
    resource_id bigint not null references resources (id) on delete cascade,
    t timestamptz not null,
    v jsonb not null,
    primary key (resource_id, t)
);
create index history_t on history using brin (t);

-- Services of a hub: name, running/stopped state and free-form settings.
create table services (
    hid text not null check (hid ~ '^[0-9A-F]{6}$'),
    sid text not null check (sid ~ '^[0-9A-F]{3}$'),
    name text not null,
    state text not null default 'running' check (state in ('running', 'stopped')),
    settings jsonb not null default '{}' check (jsonb_typeof(settings) = 'object'),
    registered_at timestamptz not null default now(),
    reloaded_at timestamptz,
    primary key (hid, sid)
);

-- Users: a password change or deletion bumps token_version, which every refresh token carries,
-- so refresh tokens issued before stop working.
alter table users add column token_version integer not null default 0;
