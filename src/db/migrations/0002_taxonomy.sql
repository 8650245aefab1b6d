CREATE TABLE "concept_labels" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "concept_labels_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"concept_type" text NOT NULL,
	"concept_id" integer NOT NULL,
	"lang" text NOT NULL,
	"kind" text NOT NULL,
	"label" text NOT NULL,
	"search_text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "isco_groups" (
	"code" text PRIMARY KEY NOT NULL,
	"uri" text,
	"label_nl" text,
	"label_en" text,
	"parent_code" text,
	CONSTRAINT "isco_groups_uri_unique" UNIQUE("uri")
);
--> statement-breakpoint
CREATE TABLE "occupation_skills" (
	"occupation_id" integer NOT NULL,
	"skill_id" integer NOT NULL,
	"relation" text NOT NULL,
	CONSTRAINT "occupation_skills_occupation_id_skill_id_pk" PRIMARY KEY("occupation_id","skill_id")
);
--> statement-breakpoint
CREATE TABLE "occupations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "occupations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"uri" text NOT NULL,
	"scheme" text NOT NULL,
	"isco_code" text,
	"code" text,
	"sector" text,
	"label_nl" text,
	"label_en" text,
	"description_nl" text,
	"description_en" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "occupations_uri_unique" UNIQUE("uri")
);
--> statement-breakpoint
CREATE TABLE "sectors" (
	"code" text PRIMARY KEY NOT NULL,
	"label_nl" text NOT NULL,
	"label_en" text NOT NULL,
	"shortage" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "skill_broader" (
	"skill_id" integer NOT NULL,
	"broader_id" integer NOT NULL,
	CONSTRAINT "skill_broader_skill_id_broader_id_pk" PRIMARY KEY("skill_id","broader_id")
);
--> statement-breakpoint
CREATE TABLE "skills" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "skills_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"uri" text NOT NULL,
	"scheme" text NOT NULL,
	"kind" text DEFAULT 'skill' NOT NULL,
	"skill_type" text,
	"reuse_level" text,
	"label_nl" text,
	"label_en" text,
	"description_nl" text,
	"description_en" text,
	"certificate" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "skills_uri_unique" UNIQUE("uri")
);
--> statement-breakpoint
ALTER TABLE "occupation_skills" ADD CONSTRAINT "occupation_skills_occupation_id_occupations_id_fk" FOREIGN KEY ("occupation_id") REFERENCES "public"."occupations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "occupation_skills" ADD CONSTRAINT "occupation_skills_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_broader" ADD CONSTRAINT "skill_broader_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_broader" ADD CONSTRAINT "skill_broader_broader_id_skills_id_fk" FOREIGN KEY ("broader_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "concept_labels_concept_idx" ON "concept_labels" USING btree ("concept_type","concept_id");--> statement-breakpoint
CREATE INDEX "concept_labels_trgm_idx" ON "concept_labels" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "occupation_skills_skill_idx" ON "occupation_skills" USING btree ("skill_id");--> statement-breakpoint
CREATE INDEX "occupations_scheme_idx" ON "occupations" USING btree ("scheme");--> statement-breakpoint
CREATE INDEX "occupations_isco_idx" ON "occupations" USING btree ("isco_code");--> statement-breakpoint
CREATE INDEX "skill_broader_broader_idx" ON "skill_broader" USING btree ("broader_id");--> statement-breakpoint
CREATE INDEX "skills_scheme_idx" ON "skills" USING btree ("scheme","kind");