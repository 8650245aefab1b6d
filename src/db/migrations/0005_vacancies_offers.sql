CREATE TABLE "redundancy_enrolments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_id" uuid NOT NULL,
	"notice_id" uuid NOT NULL,
	"name" text,
	"email" text,
	"function_title" text,
	"occupation_id" integer,
	"contract_end_date" date,
	"invite_code_hash" text NOT NULL,
	"status" text DEFAULT 'invited' NOT NULL,
	"person_id" uuid,
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	"responded_at" timestamp with time zone,
	CONSTRAINT "redundancy_enrolments_invite_code_hash_unique" UNIQUE("invite_code_hash")
);
--> statement-breakpoint
CREATE TABLE "redundancy_notices" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"expected_date" date NOT NULL,
	"people_count" integer NOT NULL,
	"occupation_ids" integer[] DEFAULT '{}' NOT NULL,
	"reason" text NOT NULL,
	"social_plan" boolean DEFAULT false NOT NULL,
	"social_plan_funds" text[] DEFAULT '{}' NOT NULL,
	"contact_name" text,
	"contact_email" text,
	"contact_phone" text,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vacancies" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"title" text NOT NULL,
	"occupation_id" integer,
	"tasks" text[] DEFAULT '{}' NOT NULL,
	"description" text,
	"hours_min" smallint,
	"hours_max" smallint,
	"salary_min" integer,
	"salary_max" integer,
	"postcode" text,
	"city" text,
	"lat" real,
	"lon" real,
	"start_date" date,
	"positions" smallint DEFAULT 1 NOT NULL,
	"contract_type" text,
	"conditional_contract" boolean DEFAULT false NOT NULL,
	"job_shadowing" boolean DEFAULT false NOT NULL,
	"conditions" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"carved_from_id" uuid,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vacancy_requirements" (
	"vacancy_id" uuid NOT NULL,
	"skill_id" integer NOT NULL,
	"importance" text NOT NULL,
	"learnable" boolean DEFAULT false NOT NULL,
	"min_level" smallint DEFAULT 1 NOT NULL,
	CONSTRAINT "vacancy_requirements_vacancy_id_skill_id_pk" PRIMARY KEY("vacancy_id","skill_id")
);
--> statement-breakpoint
CREATE TABLE "matching_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_id" uuid NOT NULL,
	"organiser_id" uuid NOT NULL,
	"title" text NOT NULL,
	"sector" text,
	"date" date NOT NULL,
	"city" text,
	"venue" text,
	"capacity" integer,
	"description" text,
	"status" text DEFAULT 'published' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "services" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_id" uuid NOT NULL,
	"provider_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"target_group" text,
	"duration_weeks" smallint,
	"cost_eur" integer DEFAULT 0 NOT NULL,
	"capacity" integer,
	"funding" text[] DEFAULT '{}' NOT NULL,
	"status" text DEFAULT 'published' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shadowing_slots" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"vacancy_id" uuid,
	"occupation_id" integer,
	"title" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"capacity" smallint DEFAULT 1 NOT NULL,
	"city" text,
	"status" text DEFAULT 'published' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_skills" (
	"training_id" uuid NOT NULL,
	"skill_id" integer NOT NULL,
	"level" smallint DEFAULT 2 NOT NULL,
	CONSTRAINT "training_skills_training_id_skill_id_pk" PRIMARY KEY("training_id","skill_id")
);
--> statement-breakpoint
CREATE TABLE "trainings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_id" uuid NOT NULL,
	"provider_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"qualification" text,
	"sector" text,
	"weeks" smallint NOT NULL,
	"hours_per_week" smallint,
	"cost_eur" integer DEFAULT 0 NOT NULL,
	"continuous_intake" boolean DEFAULT false NOT NULL,
	"start_dates" date[] DEFAULT '{}' NOT NULL,
	"modality" text,
	"city" text,
	"postcode" text,
	"lat" real,
	"lon" real,
	"funding" text[] DEFAULT '{}' NOT NULL,
	"entry_requirements" text,
	"status" text DEFAULT 'published' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "redundancy_enrolments" ADD CONSTRAINT "redundancy_enrolments_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redundancy_enrolments" ADD CONSTRAINT "redundancy_enrolments_notice_id_redundancy_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."redundancy_notices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redundancy_enrolments" ADD CONSTRAINT "redundancy_enrolments_occupation_id_occupations_id_fk" FOREIGN KEY ("occupation_id") REFERENCES "public"."occupations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redundancy_enrolments" ADD CONSTRAINT "redundancy_enrolments_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redundancy_notices" ADD CONSTRAINT "redundancy_notices_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redundancy_notices" ADD CONSTRAINT "redundancy_notices_employer_id_organisations_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redundancy_notices" ADD CONSTRAINT "redundancy_notices_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_employer_id_organisations_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_occupation_id_occupations_id_fk" FOREIGN KEY ("occupation_id") REFERENCES "public"."occupations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancy_requirements" ADD CONSTRAINT "vacancy_requirements_vacancy_id_vacancies_id_fk" FOREIGN KEY ("vacancy_id") REFERENCES "public"."vacancies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancy_requirements" ADD CONSTRAINT "vacancy_requirements_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_events" ADD CONSTRAINT "matching_events_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_events" ADD CONSTRAINT "matching_events_organiser_id_organisations_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_provider_id_organisations_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shadowing_slots" ADD CONSTRAINT "shadowing_slots_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shadowing_slots" ADD CONSTRAINT "shadowing_slots_employer_id_organisations_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shadowing_slots" ADD CONSTRAINT "shadowing_slots_vacancy_id_vacancies_id_fk" FOREIGN KEY ("vacancy_id") REFERENCES "public"."vacancies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shadowing_slots" ADD CONSTRAINT "shadowing_slots_occupation_id_occupations_id_fk" FOREIGN KEY ("occupation_id") REFERENCES "public"."occupations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_skills" ADD CONSTRAINT "training_skills_training_id_trainings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_skills" ADD CONSTRAINT "training_skills_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_provider_id_organisations_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "redundancy_enrolments_notice_idx" ON "redundancy_enrolments" USING btree ("notice_id");--> statement-breakpoint
CREATE INDEX "redundancy_notices_region_idx" ON "redundancy_notices" USING btree ("region_id","created_at");--> statement-breakpoint
CREATE INDEX "vacancies_region_status_idx" ON "vacancies" USING btree ("region_id","status");--> statement-breakpoint
CREATE INDEX "vacancies_employer_idx" ON "vacancies" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "vacancies_occupation_idx" ON "vacancies" USING btree ("occupation_id");--> statement-breakpoint
CREATE INDEX "vacancy_requirements_skill_idx" ON "vacancy_requirements" USING btree ("skill_id");--> statement-breakpoint
CREATE INDEX "matching_events_region_idx" ON "matching_events" USING btree ("region_id","date");--> statement-breakpoint
CREATE INDEX "services_region_idx" ON "services" USING btree ("region_id","kind");--> statement-breakpoint
CREATE INDEX "shadowing_slots_region_idx" ON "shadowing_slots" USING btree ("region_id","start_date");--> statement-breakpoint
CREATE INDEX "training_skills_skill_idx" ON "training_skills" USING btree ("skill_id");--> statement-breakpoint
CREATE INDEX "trainings_region_idx" ON "trainings" USING btree ("region_id","status");--> statement-breakpoint
CREATE INDEX "trainings_provider_idx" ON "trainings" USING btree ("provider_id");