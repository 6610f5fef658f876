CREATE TABLE "appeal_place_needs" (
	"appeal_id" text NOT NULL,
	"host_country" text NOT NULL,
	"category" text NOT NULL,
	"needed" integer NOT NULL,
	CONSTRAINT "appeal_place_needs_appeal_id_host_country_category_pk" PRIMARY KEY("appeal_id","host_country","category")
);
--> statement-breakpoint
CREATE TABLE "appeals" (
	"id" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"year" integer NOT NULL,
	"organisation_id" text NOT NULL,
	"required_usd_minor" bigint NOT NULL,
	"start_date" text,
	"end_date" text,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" text DEFAULT to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') NOT NULL,
	CONSTRAINT "appeals_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "country_situations" (
	"country" text NOT NULL,
	"version" integer NOT NULL,
	"document" text NOT NULL,
	"published_by" text NOT NULL,
	"published_at" text NOT NULL,
	CONSTRAINT "country_situations_country_version_pk" PRIMARY KEY("country","version")
);
--> statement-breakpoint
CREATE TABLE "funding_totals" (
	"appeal_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"currency" text NOT NULL,
	"pledges" bigint NOT NULL,
	"pledged_minor" bigint NOT NULL,
	"committed_minor" bigint NOT NULL,
	"paid_minor" bigint NOT NULL,
	"pledged_usd_minor" bigint NOT NULL,
	"committed_usd_minor" bigint NOT NULL,
	"paid_usd_minor" bigint NOT NULL,
	CONSTRAINT "funding_totals_appeal_id_organisation_id_currency_pk" PRIMARY KEY("appeal_id","organisation_id","currency")
);
--> statement-breakpoint
CREATE TABLE "jurisdiction_profiles" (
	"country" text NOT NULL,
	"version" integer NOT NULL,
	"document" text NOT NULL,
	"published_by" text NOT NULL,
	"published_at" text NOT NULL,
	CONSTRAINT "jurisdiction_profiles_country_version_pk" PRIMARY KEY("country","version")
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"country" text,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" text DEFAULT to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pledge_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "pledge_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"pledge_id" text NOT NULL,
	"version" integer NOT NULL,
	"type" text NOT NULL,
	"data" text NOT NULL,
	"reason" text,
	"actor_organisation_id" text NOT NULL,
	"actor_token_id" text,
	"actor_user_id" text,
	"at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pledges" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"organisation_id" text NOT NULL,
	"appeal_id" text,
	"programme" text NOT NULL,
	"year" integer NOT NULL,
	"status" text NOT NULL,
	"version" integer NOT NULL,
	"idempotency_key" text NOT NULL,
	"request_hash" text NOT NULL,
	"note" text,
	"currency" text,
	"pledged_minor" bigint,
	"committed_minor" bigint,
	"paid_minor" bigint,
	"usd_rate" text,
	"usd_rate_date" text,
	"usd_rate_source" text,
	"pledged_usd_minor" bigint,
	"committed_usd_minor" bigint,
	"paid_usd_minor" bigint,
	"resettlement_country" text,
	"host_country" text,
	"category" text,
	"places_pledged" integer,
	"places_confirmed" integer,
	"places_allocated" integer,
	"places_departed" integer,
	"places_arrived" integer,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" text DEFAULT to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') NOT NULL,
	"updated_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"tokens" double precision NOT NULL,
	"updated_ms" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"created_at" text NOT NULL,
	"last_seen_at" text NOT NULL,
	"expires_at" text NOT NULL,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "sign_in_failures" (
	"key_kind" text NOT NULL,
	"key_value" text NOT NULL,
	"window_start" text NOT NULL,
	"count" integer NOT NULL,
	"locked_until" text,
	CONSTRAINT "sign_in_failures_key_kind_key_value_pk" PRIMARY KEY("key_kind","key_value")
);
--> statement-breakpoint
CREATE TABLE "tokens" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"role" text NOT NULL,
	"label" text NOT NULL,
	"secret_hash" text NOT NULL,
	"revoked_at" text,
	"last_used_at" text,
	"created_at" text DEFAULT to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_links" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"purpose" text NOT NULL,
	"created_by" text,
	"created_at" text NOT NULL,
	"expires_at" text NOT NULL,
	"used_at" text
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"organisation_id" text NOT NULL,
	"role" text NOT NULL,
	"password_hash" text,
	"password_changed_at" text,
	"disabled_at" text,
	"last_seen_at" text,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" text DEFAULT to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') NOT NULL
);
--> statement-breakpoint
ALTER TABLE "appeal_place_needs" ADD CONSTRAINT "appeal_place_needs_appeal_id_appeals_id_fk" FOREIGN KEY ("appeal_id") REFERENCES "public"."appeals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_totals" ADD CONSTRAINT "funding_totals_appeal_id_appeals_id_fk" FOREIGN KEY ("appeal_id") REFERENCES "public"."appeals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_totals" ADD CONSTRAINT "funding_totals_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledge_events" ADD CONSTRAINT "pledge_events_pledge_id_pledges_id_fk" FOREIGN KEY ("pledge_id") REFERENCES "public"."pledges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledge_events" ADD CONSTRAINT "pledge_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_appeal_id_appeals_id_fk" FOREIGN KEY ("appeal_id") REFERENCES "public"."appeals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tokens" ADD CONSTRAINT "tokens_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_links" ADD CONSTRAINT "user_links_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "pledge_events_version" ON "pledge_events" USING btree ("pledge_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "pledges_idempotency" ON "pledges" USING btree ("organisation_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "pledges_appeal" ON "pledges" USING btree ("appeal_id","kind");--> statement-breakpoint
CREATE INDEX "pledges_list" ON "pledges" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "pledges_list_year" ON "pledges" USING btree ("year","created_at","id");--> statement-breakpoint
CREATE INDEX "pledges_list_programme" ON "pledges" USING btree ("programme","created_at","id");--> statement-breakpoint
CREATE INDEX "pledges_list_status" ON "pledges" USING btree ("status","created_at","id");--> statement-breakpoint
CREATE INDEX "pledges_list_organisation" ON "pledges" USING btree ("organisation_id","created_at","id");--> statement-breakpoint
CREATE INDEX "pledges_resettlement_country" ON "pledges" USING btree ("resettlement_country") WHERE "pledges"."resettlement_country" is not null;--> statement-breakpoint
CREATE INDEX "pledges_host_country" ON "pledges" USING btree ("host_country") WHERE "pledges"."host_country" is not null;--> statement-breakpoint
CREATE INDEX "sessions_user" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tokens_secret_hash" ON "tokens" USING btree ("secret_hash");--> statement-breakpoint
CREATE INDEX "user_links_user" ON "user_links" USING btree ("user_id","purpose");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email" ON "users" USING btree ("email");--> statement-breakpoint
CREATE INDEX "users_organisation" ON "users" USING btree ("organisation_id");