CREATE TABLE "occupation_label_words" (
	"word" text NOT NULL,
	"label_id" integer NOT NULL,
	"label_words" integer NOT NULL,
	CONSTRAINT "occupation_label_words_word_label_id_pk" PRIMARY KEY("word","label_id")
);
--> statement-breakpoint
CREATE TABLE "occupation_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
ALTER TABLE "occupation_label_words" ADD CONSTRAINT "occupation_label_words_label_id_concept_labels_id_fk" FOREIGN KEY ("label_id") REFERENCES "public"."concept_labels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "occupation_label_words_label_idx" ON "occupation_label_words" USING btree ("label_id");--> statement-breakpoint
CREATE INDEX "occupation_words_trgm_idx" ON "occupation_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
-- Job-title word index, kept in step with concept_labels by triggers (statement-level, with
-- transition tables, so a bulk import costs one extra statement per insert, not one per row).
CREATE FUNCTION "occupation_label_words_add"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO occupation_label_words (word, label_id, label_words)
    SELECT DISTINCT w, n.id, cardinality(string_to_array(n.search_text, ' '))
    FROM new_labels n, unnest(string_to_array(n.search_text, ' ')) AS w
    WHERE n.concept_type = 'occupation' AND w <> ''
    ON CONFLICT DO NOTHING;
  INSERT INTO occupation_words (word)
    SELECT DISTINCT w FROM new_labels n, unnest(string_to_array(n.search_text, ' ')) AS w
    WHERE n.concept_type = 'occupation' AND w <> ''
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "occupation_label_words_replace"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM occupation_label_words lw USING old_labels o
    WHERE lw.label_id = o.id AND o.concept_type = 'occupation';
  INSERT INTO occupation_label_words (word, label_id, label_words)
    SELECT DISTINCT w, n.id, cardinality(string_to_array(n.search_text, ' '))
    FROM new_labels n, unnest(string_to_array(n.search_text, ' ')) AS w
    WHERE n.concept_type = 'occupation' AND w <> ''
    ON CONFLICT DO NOTHING;
  INSERT INTO occupation_words (word)
    SELECT DISTINCT w FROM new_labels n, unnest(string_to_array(n.search_text, ' ')) AS w
    WHERE n.concept_type = 'occupation' AND w <> ''
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "concept_labels_words_insert" AFTER INSERT ON "concept_labels"
  REFERENCING NEW TABLE AS new_labels FOR EACH STATEMENT EXECUTE FUNCTION "occupation_label_words_add"();
--> statement-breakpoint
CREATE TRIGGER "concept_labels_words_update" AFTER UPDATE ON "concept_labels"
  REFERENCING OLD TABLE AS old_labels NEW TABLE AS new_labels
  FOR EACH STATEMENT EXECUTE FUNCTION "occupation_label_words_replace"();
--> statement-breakpoint
-- Deleted labels lose their words through the foreign key (ON DELETE CASCADE). Backfill:
INSERT INTO occupation_label_words (word, label_id, label_words)
  SELECT DISTINCT w, cl.id, cardinality(string_to_array(cl.search_text, ' '))
  FROM concept_labels cl, unnest(string_to_array(cl.search_text, ' ')) AS w
  WHERE cl.concept_type = 'occupation' AND w <> ''
  ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO occupation_words (word)
  SELECT DISTINCT word FROM occupation_label_words
  ON CONFLICT DO NOTHING;
