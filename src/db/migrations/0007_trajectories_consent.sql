CREATE TABLE "trajectories" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"case_organisation_id" uuid NOT NULL,
	"case_manager_user_id" uuid,
	"releasing_employer_id" uuid,
	"source" text NOT NULL,
	"old_sector" text,
	"status" text NOT NULL,
	"step" smallint,
	"dropped_out_from" text,
	"triage_group" smallint,
	"started_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"closure_reason" text,
	"closure_note" text,
	"last_activity_at" timestamp with time zone NOT NULL,
	"personal_data_removed_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trajectory_intakes" (
	"trajectory_id" uuid PRIMARY KEY NOT NULL,
	"region_id" uuid NOT NULL,
	"situation" text,
	"motivation" text,
	"wishes" text,
	"obstacles" text[] DEFAULT '{}' NOT NULL,
	"obstacle_note" text,
	"digital_skills" text,
	"recorded_by_user_id" uuid,
	"recorded_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trajectory_outcomes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"region_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"sector" text,
	"same_sector_as_before" boolean,
	"route" text,
	"placement_id" uuid,
	"employer_id" uuid,
	"note" text,
	"recorded_by_user_id" uuid,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trajectory_transitions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"region_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"from_step" smallint,
	"to_status" text NOT NULL,
	"to_step" smallint,
	"reason_code" text,
	"note" text,
	"actor_user_id" uuid,
	"occurred_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "triage_decisions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"region_id" uuid NOT NULL,
	"group" smallint NOT NULL,
	"previous_group" smallint,
	"reason" text,
	"decided_by_user_id" uuid,
	"decided_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appointments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"region_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"title" text,
	"location" text,
	"cancelled_at" timestamp with time zone,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "goal_evaluations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"goal_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"region_id" uuid NOT NULL,
	"progress" text NOT NULL,
	"note" text,
	"adjusted_title" text,
	"adjusted_due_on" date,
	"evaluated_by_user_id" uuid,
	"evaluated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_goals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"region_id" uuid NOT NULL,
	"title" text,
	"description" text,
	"due_on" date NOT NULL,
	"agreed_with" text[] NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"next_evaluation_on" date,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conditional_contracts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"region_id" uuid NOT NULL,
	"employer_id" uuid,
	"employer_name" text,
	"vacancy_id" uuid,
	"dissolving_condition" text,
	"deadline" date NOT NULL,
	"signed_on" date NOT NULL,
	"status" text NOT NULL,
	"resolved_on" date,
	"resolution_note" text,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"region_id" uuid NOT NULL,
	"offer_kind" text NOT NULL,
	"offer_id" uuid,
	"title" text NOT NULL,
	"status" text NOT NULL,
	"stop_reason" text,
	"result" text,
	"note" text,
	"proposed_by_user_id" uuid,
	"proposed_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "selections" (
	"id" uuid PRIMARY KEY NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"region_id" uuid NOT NULL,
	"employer_id" uuid,
	"employer_name" text,
	"vacancy_id" uuid,
	"result" text NOT NULL,
	"decided_on" date NOT NULL,
	"note" text,
	"recorded_by_user_id" uuid,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shadowings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"region_id" uuid NOT NULL,
	"employer_id" uuid,
	"employer_name" text,
	"vacancy_id" uuid,
	"slot_id" uuid,
	"referral_id" uuid,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"fit" text,
	"feedback_candidate" text,
	"feedback_employer" text,
	"completed_at" timestamp with time zone,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_enrolments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"region_id" uuid NOT NULL,
	"training_id" uuid,
	"provider_id" uuid,
	"name" text NOT NULL,
	"start_date" date NOT NULL,
	"expected_end_date" date,
	"status" text NOT NULL,
	"finished_on" date,
	"stop_reason" text,
	"certificate_obtained" boolean,
	"note" text,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "funding_lines" (
	"id" uuid PRIMARY KEY NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"region_id" uuid NOT NULL,
	"source" text NOT NULL,
	"amount_cents" integer NOT NULL,
	"pays_for" text NOT NULL,
	"description" text,
	"removed_at" timestamp with time zone,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "placement_checks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"placement_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"region_id" uuid NOT NULL,
	"months" smallint NOT NULL,
	"measures_outcome" boolean NOT NULL,
	"due_on" date NOT NULL,
	"recorded_at" timestamp with time zone,
	"at_work" boolean,
	"same_employer" boolean,
	"note" text,
	"recorded_by_user_id" uuid
);
--> statement-breakpoint
CREATE TABLE "placements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"region_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"route" text NOT NULL,
	"employer_id" uuid,
	"employer_name" text,
	"vacancy_id" uuid,
	"job_title" text,
	"sector" text,
	"start_date" date NOT NULL,
	"hours_per_week" smallint,
	"monthly_salary" integer,
	"contract_type" text,
	"old_employer_id" uuid,
	"old_employer_name" text,
	"old_job_title" text,
	"old_sector" text,
	"old_hours_per_week" smallint,
	"old_monthly_salary" integer,
	"old_contract_type" text,
	"aftercare_months" smallint[] NOT NULL,
	"ended_on" date,
	"end_reason" text,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "access_log" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"reader_user_id" uuid NOT NULL,
	"reader_organisation_id" uuid,
	"what" text NOT NULL,
	"consent_id" uuid,
	"occurred_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consent_grants" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"recipient_organisation_id" uuid,
	"granted_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"given_via" text NOT NULL,
	"granted_by_user_id" uuid,
	"withdrawn_by_user_id" uuid
);
--> statement-breakpoint
ALTER TABLE "trajectories" ADD CONSTRAINT "trajectories_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectories" ADD CONSTRAINT "trajectories_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectories" ADD CONSTRAINT "trajectories_case_organisation_id_organisations_id_fk" FOREIGN KEY ("case_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectories" ADD CONSTRAINT "trajectories_case_manager_user_id_users_id_fk" FOREIGN KEY ("case_manager_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectories" ADD CONSTRAINT "trajectories_releasing_employer_id_organisations_id_fk" FOREIGN KEY ("releasing_employer_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_intakes" ADD CONSTRAINT "trajectory_intakes_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_intakes" ADD CONSTRAINT "trajectory_intakes_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_intakes" ADD CONSTRAINT "trajectory_intakes_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_outcomes" ADD CONSTRAINT "trajectory_outcomes_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_outcomes" ADD CONSTRAINT "trajectory_outcomes_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_outcomes" ADD CONSTRAINT "trajectory_outcomes_employer_id_organisations_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_outcomes" ADD CONSTRAINT "trajectory_outcomes_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_transitions" ADD CONSTRAINT "trajectory_transitions_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_transitions" ADD CONSTRAINT "trajectory_transitions_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_transitions" ADD CONSTRAINT "trajectory_transitions_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "triage_decisions" ADD CONSTRAINT "triage_decisions_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "triage_decisions" ADD CONSTRAINT "triage_decisions_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "triage_decisions" ADD CONSTRAINT "triage_decisions_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_evaluations" ADD CONSTRAINT "goal_evaluations_goal_id_plan_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."plan_goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_evaluations" ADD CONSTRAINT "goal_evaluations_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_evaluations" ADD CONSTRAINT "goal_evaluations_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_evaluations" ADD CONSTRAINT "goal_evaluations_evaluated_by_user_id_users_id_fk" FOREIGN KEY ("evaluated_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_goals" ADD CONSTRAINT "plan_goals_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_goals" ADD CONSTRAINT "plan_goals_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_goals" ADD CONSTRAINT "plan_goals_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conditional_contracts" ADD CONSTRAINT "conditional_contracts_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conditional_contracts" ADD CONSTRAINT "conditional_contracts_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conditional_contracts" ADD CONSTRAINT "conditional_contracts_employer_id_organisations_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conditional_contracts" ADD CONSTRAINT "conditional_contracts_vacancy_id_vacancies_id_fk" FOREIGN KEY ("vacancy_id") REFERENCES "public"."vacancies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conditional_contracts" ADD CONSTRAINT "conditional_contracts_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_proposed_by_user_id_users_id_fk" FOREIGN KEY ("proposed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selections" ADD CONSTRAINT "selections_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selections" ADD CONSTRAINT "selections_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selections" ADD CONSTRAINT "selections_employer_id_organisations_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selections" ADD CONSTRAINT "selections_vacancy_id_vacancies_id_fk" FOREIGN KEY ("vacancy_id") REFERENCES "public"."vacancies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selections" ADD CONSTRAINT "selections_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shadowings" ADD CONSTRAINT "shadowings_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shadowings" ADD CONSTRAINT "shadowings_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shadowings" ADD CONSTRAINT "shadowings_employer_id_organisations_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shadowings" ADD CONSTRAINT "shadowings_vacancy_id_vacancies_id_fk" FOREIGN KEY ("vacancy_id") REFERENCES "public"."vacancies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shadowings" ADD CONSTRAINT "shadowings_slot_id_shadowing_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."shadowing_slots"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shadowings" ADD CONSTRAINT "shadowings_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shadowings" ADD CONSTRAINT "shadowings_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_training_id_trainings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."trainings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_provider_id_organisations_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_lines" ADD CONSTRAINT "funding_lines_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_lines" ADD CONSTRAINT "funding_lines_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_lines" ADD CONSTRAINT "funding_lines_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_checks" ADD CONSTRAINT "placement_checks_placement_id_placements_id_fk" FOREIGN KEY ("placement_id") REFERENCES "public"."placements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_checks" ADD CONSTRAINT "placement_checks_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_checks" ADD CONSTRAINT "placement_checks_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_checks" ADD CONSTRAINT "placement_checks_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_employer_id_organisations_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_vacancy_id_vacancies_id_fk" FOREIGN KEY ("vacancy_id") REFERENCES "public"."vacancies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_old_employer_id_organisations_id_fk" FOREIGN KEY ("old_employer_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_log" ADD CONSTRAINT "access_log_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_log" ADD CONSTRAINT "access_log_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_log" ADD CONSTRAINT "access_log_reader_user_id_users_id_fk" FOREIGN KEY ("reader_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_log" ADD CONSTRAINT "access_log_reader_organisation_id_organisations_id_fk" FOREIGN KEY ("reader_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_log" ADD CONSTRAINT "access_log_consent_id_consent_grants_id_fk" FOREIGN KEY ("consent_id") REFERENCES "public"."consent_grants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_grants" ADD CONSTRAINT "consent_grants_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_grants" ADD CONSTRAINT "consent_grants_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_grants" ADD CONSTRAINT "consent_grants_recipient_organisation_id_organisations_id_fk" FOREIGN KEY ("recipient_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_grants" ADD CONSTRAINT "consent_grants_granted_by_user_id_users_id_fk" FOREIGN KEY ("granted_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_grants" ADD CONSTRAINT "consent_grants_withdrawn_by_user_id_users_id_fk" FOREIGN KEY ("withdrawn_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "trajectories_region_status_idx" ON "trajectories" USING btree ("region_id","status");--> statement-breakpoint
CREATE INDEX "trajectories_case_org_idx" ON "trajectories" USING btree ("case_organisation_id","status");--> statement-breakpoint
CREATE INDEX "trajectories_person_idx" ON "trajectories" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "trajectories_releasing_employer_idx" ON "trajectories" USING btree ("releasing_employer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "trajectories_one_open_per_person" ON "trajectories" USING btree ("person_id") WHERE status <> 'closed';--> statement-breakpoint
CREATE INDEX "trajectory_outcomes_trajectory_idx" ON "trajectory_outcomes" USING btree ("trajectory_id","recorded_at");--> statement-breakpoint
CREATE INDEX "trajectory_transitions_trajectory_idx" ON "trajectory_transitions" USING btree ("trajectory_id","occurred_at");--> statement-breakpoint
CREATE INDEX "triage_decisions_trajectory_idx" ON "triage_decisions" USING btree ("trajectory_id","decided_at");--> statement-breakpoint
CREATE INDEX "appointments_trajectory_idx" ON "appointments" USING btree ("trajectory_id","starts_at");--> statement-breakpoint
CREATE INDEX "goal_evaluations_goal_idx" ON "goal_evaluations" USING btree ("goal_id","evaluated_at");--> statement-breakpoint
CREATE INDEX "plan_goals_trajectory_idx" ON "plan_goals" USING btree ("trajectory_id");--> statement-breakpoint
CREATE INDEX "plan_goals_evaluation_idx" ON "plan_goals" USING btree ("region_id","next_evaluation_on");--> statement-breakpoint
CREATE INDEX "conditional_contracts_trajectory_idx" ON "conditional_contracts" USING btree ("trajectory_id");--> statement-breakpoint
CREATE INDEX "referrals_trajectory_idx" ON "referrals" USING btree ("trajectory_id");--> statement-breakpoint
CREATE INDEX "selections_trajectory_idx" ON "selections" USING btree ("trajectory_id");--> statement-breakpoint
CREATE INDEX "shadowings_trajectory_idx" ON "shadowings" USING btree ("trajectory_id");--> statement-breakpoint
CREATE INDEX "training_enrolments_trajectory_idx" ON "training_enrolments" USING btree ("trajectory_id");--> statement-breakpoint
CREATE INDEX "funding_lines_trajectory_idx" ON "funding_lines" USING btree ("trajectory_id");--> statement-breakpoint
CREATE UNIQUE INDEX "placement_checks_months_unique" ON "placement_checks" USING btree ("placement_id","months");--> statement-breakpoint
CREATE INDEX "placement_checks_due_idx" ON "placement_checks" USING btree ("region_id","due_on");--> statement-breakpoint
CREATE INDEX "placements_trajectory_idx" ON "placements" USING btree ("trajectory_id");--> statement-breakpoint
CREATE INDEX "access_log_person_idx" ON "access_log" USING btree ("person_id","occurred_at");--> statement-breakpoint
CREATE INDEX "consent_grants_person_idx" ON "consent_grants" USING btree ("person_id","purpose");--> statement-breakpoint
CREATE INDEX "consent_grants_expiry_idx" ON "consent_grants" USING btree ("region_id","expires_at");