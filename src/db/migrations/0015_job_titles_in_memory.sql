-- Job title → occupation moved to the in-memory label index (label-index/job-title-search.ts):
-- the occupation word index of 0011 and the triggers that kept it are no longer needed.
DROP TRIGGER "concept_labels_words_insert" ON "concept_labels";
--> statement-breakpoint
DROP TRIGGER "concept_labels_words_update" ON "concept_labels";
--> statement-breakpoint
DROP FUNCTION "occupation_label_words_add"();
--> statement-breakpoint
DROP FUNCTION "occupation_label_words_replace"();
--> statement-breakpoint
DROP TABLE "occupation_label_words" CASCADE;--> statement-breakpoint
DROP TABLE "occupation_words" CASCADE;