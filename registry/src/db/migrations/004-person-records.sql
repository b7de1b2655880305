-- 004-person-records: records about a person (consultations, referrals, placements, consents)
-- are seen where the person is, so when a person's scope facts change the registry files their
-- records again (shared/sync/scope). This finds a person's records without scanning them all.
CREATE INDEX records_person_idx ON records ((data ->> 'personId'))
  WHERE type IN ('consultation', 'referral', 'placement', 'consent');
