CREATE TABLE "taxonomy_revision" (
	"id" integer PRIMARY KEY NOT NULL,
	"revision" bigint NOT NULL
);
--> statement-breakpoint
INSERT INTO "taxonomy_revision" ("id", "revision") VALUES (1, 1);
--> statement-breakpoint
-- Every statement that changes skills, occupations or labels moves the revision (statement-level:
-- a bulk import costs one update per statement, not per row).
CREATE FUNCTION "taxonomy_revision_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE taxonomy_revision SET revision = revision + 1 WHERE id = 1;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "concept_labels_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "concept_labels"
  FOR EACH STATEMENT EXECUTE FUNCTION "taxonomy_revision_bump"();
--> statement-breakpoint
CREATE TRIGGER "skills_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "skills"
  FOR EACH STATEMENT EXECUTE FUNCTION "taxonomy_revision_bump"();
--> statement-breakpoint
CREATE TRIGGER "occupations_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "occupations"
  FOR EACH STATEMENT EXECUTE FUNCTION "taxonomy_revision_bump"();
