CREATE TABLE `appeal_place_needs` (
	`appeal_id` text NOT NULL,
	`host_country` text NOT NULL,
	`category` text NOT NULL,
	`needed` integer NOT NULL,
	PRIMARY KEY(`appeal_id`, `host_country`, `category`),
	FOREIGN KEY (`appeal_id`) REFERENCES `appeals`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `appeals` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`title` text NOT NULL,
	`year` integer NOT NULL,
	`organisation_id` text NOT NULL,
	`required_usd_minor` integer NOT NULL,
	`start_date` text,
	`end_date` text,
	`demo` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `appeals_code_unique` ON `appeals` (`code`);--> statement-breakpoint
CREATE TABLE `country_situations` (
	`country` text NOT NULL,
	`version` integer NOT NULL,
	`document` text NOT NULL,
	`published_by` text NOT NULL,
	`published_at` text NOT NULL,
	PRIMARY KEY(`country`, `version`)
);
--> statement-breakpoint
CREATE TABLE `funding_totals` (
	`appeal_id` text NOT NULL,
	`currency` text NOT NULL,
	`pledges` integer NOT NULL,
	`pledged_minor` integer NOT NULL,
	`committed_minor` integer NOT NULL,
	`paid_minor` integer NOT NULL,
	`pledged_usd_minor` integer NOT NULL,
	`committed_usd_minor` integer NOT NULL,
	`paid_usd_minor` integer NOT NULL,
	PRIMARY KEY(`appeal_id`, `currency`),
	FOREIGN KEY (`appeal_id`) REFERENCES `appeals`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`country` text,
	`demo` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `pledge_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`pledge_id` text NOT NULL,
	`version` integer NOT NULL,
	`type` text NOT NULL,
	`data` text NOT NULL,
	`reason` text,
	`actor_organisation_id` text NOT NULL,
	`actor_token_id` text,
	`at` text NOT NULL,
	FOREIGN KEY (`pledge_id`) REFERENCES `pledges`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pledge_events_version` ON `pledge_events` (`pledge_id`,`version`);--> statement-breakpoint
CREATE TABLE `pledges` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`organisation_id` text NOT NULL,
	`appeal_id` text,
	`programme` text NOT NULL,
	`year` integer NOT NULL,
	`status` text NOT NULL,
	`version` integer NOT NULL,
	`idempotency_key` text NOT NULL,
	`request_hash` text NOT NULL,
	`note` text,
	`currency` text,
	`pledged_minor` integer,
	`committed_minor` integer,
	`paid_minor` integer,
	`usd_rate` text,
	`usd_rate_date` text,
	`usd_rate_source` text,
	`pledged_usd_minor` integer,
	`committed_usd_minor` integer,
	`paid_usd_minor` integer,
	`resettlement_country` text,
	`host_country` text,
	`category` text,
	`places_pledged` integer,
	`places_confirmed` integer,
	`places_allocated` integer,
	`places_departed` integer,
	`places_arrived` integer,
	`demo` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`appeal_id`) REFERENCES `appeals`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pledges_idempotency` ON `pledges` (`organisation_id`,`idempotency_key`);--> statement-breakpoint
CREATE INDEX `pledges_appeal` ON `pledges` (`appeal_id`,`kind`);--> statement-breakpoint
CREATE INDEX `pledges_list` ON `pledges` (`created_at`,`id`);--> statement-breakpoint
CREATE TABLE `tokens` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`role` text NOT NULL,
	`label` text NOT NULL,
	`secret_hash` text NOT NULL,
	`revoked_at` text,
	`last_used_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tokens_secret_hash` ON `tokens` (`secret_hash`);