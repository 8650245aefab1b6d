CREATE TABLE "occupation_broader" (
	"occupation_id" integer NOT NULL,
	"broader_id" integer NOT NULL,
	CONSTRAINT "occupation_broader_occupation_id_broader_id_pk" PRIMARY KEY("occupation_id","broader_id")
);
--> statement-breakpoint
CREATE TABLE "skill_relations" (
	"skill_id" integer NOT NULL,
	"related_skill_id" integer NOT NULL,
	"relation" text NOT NULL,
	CONSTRAINT "skill_relations_skill_id_related_skill_id_pk" PRIMARY KEY("skill_id","related_skill_id")
);
--> statement-breakpoint
ALTER TABLE "occupation_broader" ADD CONSTRAINT "occupation_broader_occupation_id_occupations_id_fk" FOREIGN KEY ("occupation_id") REFERENCES "public"."occupations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "occupation_broader" ADD CONSTRAINT "occupation_broader_broader_id_occupations_id_fk" FOREIGN KEY ("broader_id") REFERENCES "public"."occupations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_relations" ADD CONSTRAINT "skill_relations_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_relations" ADD CONSTRAINT "skill_relations_related_skill_id_skills_id_fk" FOREIGN KEY ("related_skill_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "occupation_broader_broader_idx" ON "occupation_broader" USING btree ("broader_id");--> statement-breakpoint
CREATE INDEX "skill_relations_related_idx" ON "skill_relations" USING btree ("related_skill_id");