CREATE TABLE "person_education" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"level" text,
	"institution" text,
	"year" smallint,
	"completed" text,
	"valid_until" date
);
--> statement-breakpoint
CREATE TABLE "person_skills" (
	"person_id" uuid NOT NULL,
	"skill_id" integer NOT NULL,
	"level" smallint NOT NULL,
	"evidence" text NOT NULL,
	"source" text DEFAULT 'manual' NOT NULL,
	"note" text,
	"confirmed_by_user_id" uuid,
	"confirmed_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_skills_person_id_skill_id_pk" PRIMARY KEY("person_id","skill_id")
);
--> statement-breakpoint
CREATE TABLE "person_wishes" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"sectors" text[] DEFAULT '{}' NOT NULL,
	"occupation_ids" integer[] DEFAULT '{}' NOT NULL,
	"hours_min" smallint,
	"hours_max" smallint,
	"max_travel_km" smallint,
	"min_monthly_salary" integer,
	"earliest_start" date,
	"contract_types" text[] DEFAULT '{}' NOT NULL,
	"training_hours_per_week" smallint,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_work_history" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"occupation_id" integer,
	"job_title" text NOT NULL,
	"employer_name" text,
	"sector" text,
	"start_year" smallint,
	"end_year" smallint,
	"description" text,
	"monthly_salary" integer,
	"hours_per_week" smallint
);
--> statement-breakpoint
CREATE TABLE "persons" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_id" uuid NOT NULL,
	"user_id" uuid,
	"case_organisation_id" uuid,
	"current_employer_id" uuid,
	"pseudonym" text NOT NULL,
	"given_name" text,
	"family_name" text,
	"email" text,
	"phone" text,
	"postcode" text,
	"city" text,
	"birth_year" smallint,
	"summary" text,
	"erased_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "persons_user_id_unique" UNIQUE("user_id")
);
--> statement-breakpoint
ALTER TABLE "person_education" ADD CONSTRAINT "person_education_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_skills" ADD CONSTRAINT "person_skills_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_skills" ADD CONSTRAINT "person_skills_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_skills" ADD CONSTRAINT "person_skills_confirmed_by_user_id_users_id_fk" FOREIGN KEY ("confirmed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_wishes" ADD CONSTRAINT "person_wishes_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_work_history" ADD CONSTRAINT "person_work_history_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_work_history" ADD CONSTRAINT "person_work_history_occupation_id_occupations_id_fk" FOREIGN KEY ("occupation_id") REFERENCES "public"."occupations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_case_organisation_id_organisations_id_fk" FOREIGN KEY ("case_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_current_employer_id_organisations_id_fk" FOREIGN KEY ("current_employer_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "person_education_person_idx" ON "person_education" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "person_skills_skill_idx" ON "person_skills" USING btree ("skill_id");--> statement-breakpoint
CREATE INDEX "person_work_history_person_idx" ON "person_work_history" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "persons_region_idx" ON "persons" USING btree ("region_id");--> statement-breakpoint
CREATE INDEX "persons_case_org_idx" ON "persons" USING btree ("case_organisation_id");--> statement-breakpoint
CREATE INDEX "persons_employer_idx" ON "persons" USING btree ("current_employer_id");