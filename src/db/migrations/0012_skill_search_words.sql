CREATE TABLE "skill_label_words" (
	"word" text NOT NULL,
	"label_id" integer NOT NULL,
	"label_words" integer NOT NULL,
	CONSTRAINT "skill_label_words_word_label_id_pk" PRIMARY KEY("word","label_id")
);
--> statement-breakpoint
CREATE TABLE "skill_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
ALTER TABLE "skill_label_words" ADD CONSTRAINT "skill_label_words_label_id_concept_labels_id_fk" FOREIGN KEY ("label_id") REFERENCES "public"."concept_labels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "skill_label_words_label_idx" ON "skill_label_words" USING btree ("label_id");--> statement-breakpoint
CREATE INDEX "skill_words_trgm_idx" ON "skill_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
-- The label triggers of 0011 now keep the skill word index too.
CREATE OR REPLACE FUNCTION "occupation_label_words_add"() RETURNS trigger LANGUAGE plpgsql AS $$
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
  INSERT INTO skill_label_words (word, label_id, label_words)
    SELECT DISTINCT w, n.id, cardinality(string_to_array(n.search_text, ' '))
    FROM new_labels n, unnest(string_to_array(n.search_text, ' ')) AS w
    WHERE n.concept_type = 'skill' AND w <> ''
    ON CONFLICT DO NOTHING;
  INSERT INTO skill_words (word)
    SELECT DISTINCT w FROM new_labels n, unnest(string_to_array(n.search_text, ' ')) AS w
    WHERE n.concept_type = 'skill' AND w <> ''
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "occupation_label_words_replace"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM occupation_label_words lw USING old_labels o
    WHERE lw.label_id = o.id AND o.concept_type = 'occupation';
  DELETE FROM skill_label_words lw USING old_labels o
    WHERE lw.label_id = o.id AND o.concept_type = 'skill';
  INSERT INTO occupation_label_words (word, label_id, label_words)
    SELECT DISTINCT w, n.id, cardinality(string_to_array(n.search_text, ' '))
    FROM new_labels n, unnest(string_to_array(n.search_text, ' ')) AS w
    WHERE n.concept_type = 'occupation' AND w <> ''
    ON CONFLICT DO NOTHING;
  INSERT INTO occupation_words (word)
    SELECT DISTINCT w FROM new_labels n, unnest(string_to_array(n.search_text, ' ')) AS w
    WHERE n.concept_type = 'occupation' AND w <> ''
    ON CONFLICT DO NOTHING;
  INSERT INTO skill_label_words (word, label_id, label_words)
    SELECT DISTINCT w, n.id, cardinality(string_to_array(n.search_text, ' '))
    FROM new_labels n, unnest(string_to_array(n.search_text, ' ')) AS w
    WHERE n.concept_type = 'skill' AND w <> ''
    ON CONFLICT DO NOTHING;
  INSERT INTO skill_words (word)
    SELECT DISTINCT w FROM new_labels n, unnest(string_to_array(n.search_text, ' ')) AS w
    WHERE n.concept_type = 'skill' AND w <> ''
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
INSERT INTO skill_label_words (word, label_id, label_words)
  SELECT DISTINCT w, cl.id, cardinality(string_to_array(cl.search_text, ' '))
  FROM concept_labels cl, unnest(string_to_array(cl.search_text, ' ')) AS w
  WHERE cl.concept_type = 'skill' AND w <> ''
  ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO skill_words (word)
  SELECT DISTINCT word FROM skill_label_words
  ON CONFLICT DO NOTHING;
