CREATE TABLE "dashboard_event_marks" (
	"region_id" uuid NOT NULL,
	"subject_ids" text[] NOT NULL,
	"marked_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dashboard_targets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_id" uuid NOT NULL,
	"scope_kind" text NOT NULL,
	"scope_id" uuid,
	"metric" text NOT NULL,
	"target_value" real NOT NULL,
	"within_months" smallint,
	"starts_on" date NOT NULL,
	"due_on" date NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "dashboard_targets" ADD CONSTRAINT "dashboard_targets_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dashboard_targets" ADD CONSTRAINT "dashboard_targets_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dashboard_event_marks_region_idx" ON "dashboard_event_marks" USING btree ("region_id");--> statement-breakpoint
CREATE INDEX "dashboard_targets_region_idx" ON "dashboard_targets" USING btree ("region_id");