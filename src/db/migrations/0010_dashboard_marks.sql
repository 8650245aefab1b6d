-- The dashboard re-reads a region's events only when its marks changed, and then only those of
-- the subjects named (dashboard/schema.ts, facts-cache.ts). A statement-level trigger: a bulk
-- insert of many events adds one mark per region; insert-only, so writers never wait on each other.
CREATE FUNCTION dashboard_mark_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO dashboard_event_marks (region_id, subject_ids)
    SELECT n.region_id, array_agg(DISTINCT n.subject_id) FROM new_events n GROUP BY n.region_id;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER events_dashboard_marks AFTER INSERT ON events
  REFERENCING NEW TABLE AS new_events
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_mark_events();
