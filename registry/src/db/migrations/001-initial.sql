-- 001-initial: offices, devices and enrollment codes; the sync storage (records, change log,
-- applied and held ops, conflicts). Plain PostgreSQL 15 that PGlite runs unchanged.
-- Never edit this file once released: add 002-....sql (the runner refuses a changed checksum).

-- An office running Diaspora Desk. `scope` is what it sees beyond what it created:
-- {"kind":"national"} | {"kind":"residence","countries":["FR","IT"]} | {"kind":"regions","regions":["NE-8"]}
CREATE TABLE offices (
  id uuid PRIMARY KEY,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  country text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
  office_type text NOT NULL CHECK (
    office_type IN ('reception-referral', 'regional-coordination', 'consular-desk', 'headquarters')
  ),
  scope jsonb NOT NULL CHECK (
    CASE scope ->> 'kind'
      WHEN 'national' THEN true
      WHEN 'residence' THEN coalesce(jsonb_typeof(scope -> 'countries') = 'array', false)
      WHEN 'regions' THEN coalesce(jsonb_typeof(scope -> 'regions') = 'array', false)
      ELSE false
    END
  ),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- A PC enrolled for an office. The credential is a 256-bit random token shown to the device once;
-- only its sha-256 is stored (a random token needs no slow hash).
CREATE TABLE devices (
  id uuid PRIMARY KEY,
  office_id uuid NOT NULL REFERENCES offices (id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  credential_hash text NOT NULL UNIQUE CHECK (credential_hash ~ '^[0-9a-f]{64}$'),
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  last_seen_at timestamptz,
  last_sync_at timestamptz,
  -- Highest deviceSeq applied in order; an op after a gap waits in held_ops.
  applied_seq bigint NOT NULL DEFAULT 0 CHECK (applied_seq >= 0),
  -- Highest change seq the device has asked to pull after (its saved cursor): lag for the admin.
  pull_cursor bigint NOT NULL DEFAULT 0 CHECK (pull_cursor >= 0)
);
CREATE INDEX devices_office_idx ON devices (office_id);

-- One-time enrollment codes, stored as the sha-256 of the normalised code.
CREATE TABLE enrollment_codes (
  code_hash text PRIMARY KEY CHECK (code_hash ~ '^[0-9a-f]{64}$'),
  office_id uuid NOT NULL REFERENCES offices (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  device_id uuid REFERENCES devices (id),
  CHECK ((used_at IS NULL) = (device_id IS NULL))
);
CREATE INDEX enrollment_codes_office_idx ON enrollment_codes (office_id);

-- Every change the registry accepted, in one global order. `seq` is the pull cursor.
-- WRITERS MUST SERIALISE: a transaction that takes a seq and commits after a later seq became
-- visible would be skipped by a puller already past it. Push takes pg_advisory_xact_lock on one
-- fixed key before inserting here (PGlite is serial anyway).
-- The scope keys are copied from the record as of this change, so a pull page is a few index
-- range scans with no join: per key, `WHERE <key> = $k AND seq > $cursor ORDER BY seq LIMIT n`
-- (national scope: the primary key alone), merged and cut to n. A record leaving an office's
-- scope gets a 'purge' row carrying the old keys.
CREATE TABLE changes (
  seq bigserial PRIMARY KEY,
  record_id uuid NOT NULL,
  record_type text NOT NULL,
  rev integer NOT NULL CHECK (rev >= 0),
  kind text NOT NULL CHECK (
    kind IN ('create', 'update', 'delete', 'resolve', 'merge', 'erase', 'purge', 'conflict')
  ),
  -- The op that caused it; null for changes the registry makes itself (purge markers).
  op_id uuid,
  -- Scope keys: the creating office, the person's country of residence and region of origin.
  office_id uuid NOT NULL,
  residence_country text,
  origin_region text,
  -- The applied field changes {field: {from, to}} and who made them: the history that keeps a
  -- lww loser's value.
  fields jsonb,
  hlc text,
  device_id uuid,
  user_id uuid,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX changes_office_seq_idx ON changes (office_id, seq);
CREATE INDEX changes_residence_seq_idx ON changes (residence_country, seq);
CREATE INDEX changes_region_seq_idx ON changes (origin_region, seq);
CREATE INDEX changes_record_seq_idx ON changes (record_id, seq);

-- The current state of each record: the merge base for pushes and the source of snapshots
-- (resync, initial sync) in `updated_seq` order, by the same scope keys.
CREATE TABLE records (
  id uuid PRIMARY KEY,
  type text NOT NULL,
  office_id uuid NOT NULL REFERENCES offices (id),
  rev integer NOT NULL CHECK (rev >= 1),
  -- Current field values, flat {field: value}. Emptied of personal fields when erased.
  data jsonb NOT NULL,
  -- Per field, the last change: {field: {rev, hlc, opId, deviceId, officeId, userId}}. Tells a
  -- three-way merge whether a field changed since an op's baseRev, and orders lww fields.
  field_meta jsonb NOT NULL DEFAULT '{}'::jsonb,
  residence_country text CHECK (residence_country ~ '^[A-Z]{2}$'),
  origin_region text CHECK (origin_region ~ '^[A-Z]{2}-[A-Z0-9]{1,3}$'),
  deleted boolean NOT NULL DEFAULT false,
  -- An erasure is a tombstone that can never be resurrected (an erased record is also deleted).
  erased boolean NOT NULL DEFAULT false,
  merged_into uuid REFERENCES records (id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_seq bigint NOT NULL UNIQUE,
  CHECK (NOT erased OR deleted)
);
CREATE INDEX records_office_seq_idx ON records (office_id, updated_seq);
CREATE INDEX records_residence_seq_idx ON records (residence_country, updated_seq);
CREATE INDEX records_region_seq_idx ON records (origin_region, updated_seq);

-- Idempotence: each op is applied once; a retry gets the stored outcome back.
CREATE TABLE applied_ops (
  op_id uuid PRIMARY KEY,
  device_id uuid NOT NULL REFERENCES devices (id),
  device_seq bigint NOT NULL CHECK (device_seq >= 1),
  record_id uuid NOT NULL,
  outcome jsonb NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (device_id, device_seq)
);

-- Ops that arrived ahead of a gap in their device's sequence, waiting for it to fill (or for an
-- administrator to force them after a timeout).
CREATE TABLE held_ops (
  device_id uuid NOT NULL REFERENCES devices (id),
  device_seq bigint NOT NULL CHECK (device_seq >= 1),
  op_id uuid NOT NULL UNIQUE,
  op jsonb NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (device_id, device_seq)
);

-- A field two offices changed differently (or delete against edit), kept for a person to decide.
-- It reaches the offices in scope through a 'conflict' row in `changes` for its record.
CREATE TABLE conflicts (
  id uuid PRIMARY KEY,
  record_id uuid NOT NULL REFERENCES records (id),
  kind text NOT NULL CHECK (kind IN ('field', 'delete-edit')),
  field text,
  base_value jsonb,
  registry_value jsonb,
  incoming_value jsonb,
  -- Who made each side: {opId, deviceId, officeId, userId, hlc}.
  registry_by jsonb NOT NULL,
  incoming_by jsonb NOT NULL,
  -- The record's rev when the conflict was made; a resolution is checked against the current rev.
  record_rev integer NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved', 'superseded')),
  resolved_by_op uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  resolved_at timestamptz,
  CHECK ((kind = 'field') = (field IS NOT NULL))
);
CREATE INDEX conflicts_record_idx ON conflicts (record_id);
CREATE INDEX conflicts_open_idx ON conflicts (created_at) WHERE status = 'open';
