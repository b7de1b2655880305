-- 003-epoch-and-skips: the change log's epoch (a registry restored from backup must not let an
-- office at a cursor beyond the restored log skip the changes made after the restore), and the
-- device seqs an administrator forced past (DESIGN.md "Order of one device's ops").

-- One row. `epoch` names this change log: offices send it back with their cursor, and a pull
-- with another epoch answers resync-required. `npm run registry:admin -- log:new-epoch` makes a
-- new one; run it after restoring a backup.
CREATE TABLE log_epoch (
  only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  epoch uuid NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO log_epoch (epoch) VALUES (gen_random_uuid());

-- Seqs of a device that an administrator forced past to release its held ops. If the missing
-- op arrives later it is applied then (late) instead of being refused as a reused seq.
CREATE TABLE skipped_seqs (
  device_id uuid NOT NULL REFERENCES devices (id),
  device_seq bigint NOT NULL CHECK (device_seq >= 1),
  skipped_at timestamptz NOT NULL,
  PRIMARY KEY (device_id, device_seq)
);
