-- Skill and occupation autocomplete moved to an in-memory index (label-index.ts); the skill word
-- index of 0012 is no longer read. The label triggers go back to keeping the job-title index only.
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
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "occupation_label_words_replace"() RETURNS trigger LANGUAGE plpgsql AS $$
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
DROP TABLE "skill_label_words" CASCADE;--> statement-breakpoint
DROP TABLE "skill_words" CASCADE;