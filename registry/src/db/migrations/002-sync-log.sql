-- 002-sync-log: what push and pull need beyond 001 (the merge core in shared/sync decides the
-- shapes). Push was not served before this migration, so the sync tables are empty here.

-- Records: the passthrough bag (fields of a newer app), the HLC stamps, and the scope facts the
-- record is seen by (shared/sync/scope: creators, country of residence, regions). An erased
-- record keeps the facts it had before, so its tombstone reaches every office that saw it.
-- A merge redirect may name a record this registry has not received yet: no foreign key.
ALTER TABLE records
  ADD COLUMN extra jsonb NOT NULL DEFAULT '{}'::jsonb,
  ADD COLUMN created_hlc text NOT NULL DEFAULT '',
  ADD COLUMN updated_hlc text NOT NULL DEFAULT '',
  ADD COLUMN scope_facts jsonb NOT NULL DEFAULT '{"visibility":"creators","creators":[]}'::jsonb,
  DROP CONSTRAINT records_merged_into_fkey;
ALTER TABLE records
  ALTER COLUMN created_hlc DROP DEFAULT,
  ALTER COLUMN updated_hlc DROP DEFAULT,
  ALTER COLUMN scope_facts DROP DEFAULT;

-- Changes: the record's scope facts before and after the change, so a pull tells each office
-- whether it gains, keeps or loses the record (a purge marker, made per office at pull time:
-- the national office keeps seeing an update of a person who moved from France to Canada
-- while the French desk gets the purge). A 'conflict' row names its conflict.
ALTER TABLE changes
  ADD COLUMN scope_before jsonb,
  ADD COLUMN scope_after jsonb NOT NULL DEFAULT '{"visibility":"creators","creators":[]}'::jsonb,
  ADD COLUMN conflict_id text;
ALTER TABLE changes ALTER COLUMN scope_after DROP DEFAULT;

-- A person has several regions (origin, admin area, investment interests) and a region scope
-- covers the areas below it, which one column per key cannot index. Instead each change has a
-- row here per scope key of its facts before and after ('*' everyone, 'o:<office>' creators,
-- 'p' any person, 'c:<country>' residence, 'g:<region>' a region and each region above it). A
-- pull page is one index range scan per key of the office, `LIMIT n` each, merged and cut to n.
-- No foreign key to changes: it would cost a look-up per row on the hot path.
DROP INDEX changes_office_seq_idx;
DROP INDEX changes_residence_seq_idx;
DROP INDEX changes_region_seq_idx;
CREATE TABLE change_keys (
  scope_key text NOT NULL,
  seq bigint NOT NULL,
  PRIMARY KEY (scope_key, seq)
);

-- Conflict ids are `<opId>:<field>` (deterministic: re-applying an op joins its conflict), and
-- the conflict travels whole as the protocol carries it (`body`); the columns stay for queries.
ALTER TABLE conflicts
  ALTER COLUMN id TYPE text,
  ADD COLUMN body jsonb NOT NULL,
  ADD CONSTRAINT conflicts_id_length CHECK (length(id) BETWEEN 1 AND 200);

-- An op too broken to name its record is still settled in its device's order (its rejection
-- fills the gap); an op re-stamped because its office's clock ran ahead keeps that stamp here.
ALTER TABLE applied_ops
  ALTER COLUMN record_id DROP NOT NULL,
  ADD COLUMN office_hlc text;

-- Values that left a field (lww losers, union removals, a conflict's unchosen side), for
-- rectification: nothing merged away is silently lost. An erasure deletes the record's rows.
CREATE TABLE field_history (
  id bigserial PRIMARY KEY,
  record_id uuid NOT NULL,
  field text NOT NULL,
  value jsonb NOT NULL,
  -- Who wrote the value ({opId, deviceId, officeId, userId, hlc}); JSON null when unknown.
  author jsonb NOT NULL,
  reason text NOT NULL CHECK (
    reason IN ('replaced', 'lww-lost', 'union-removed', 'conflict-closed')
  ),
  rev integer NOT NULL CHECK (rev >= 0),
  -- The stamp of the op that displaced it.
  at text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX field_history_record_idx ON field_history (record_id);
