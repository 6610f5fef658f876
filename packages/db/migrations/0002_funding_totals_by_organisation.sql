PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_funding_totals` (
	`appeal_id` text NOT NULL,
	`organisation_id` text NOT NULL,
	`currency` text NOT NULL,
	`pledges` integer NOT NULL,
	`pledged_minor` integer NOT NULL,
	`committed_minor` integer NOT NULL,
	`paid_minor` integer NOT NULL,
	`pledged_usd_minor` integer NOT NULL,
	`committed_usd_minor` integer NOT NULL,
	`paid_usd_minor` integer NOT NULL,
	PRIMARY KEY(`appeal_id`, `organisation_id`, `currency`),
	FOREIGN KEY (`appeal_id`) REFERENCES `appeals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
-- The totals gain the pledging organisation: recomputed from the pledges (a cancelled pledge counts
-- only what was paid on it), as rebuildFundingTotals in @solidaria/api does.
INSERT INTO `__new_funding_totals`("appeal_id", "organisation_id", "currency", "pledges", "pledged_minor", "committed_minor", "paid_minor", "pledged_usd_minor", "committed_usd_minor", "paid_usd_minor")
SELECT "appeal_id", "organisation_id", "currency", count(*),
	sum(CASE WHEN "status" = 'cancelled' THEN "paid_minor" ELSE "pledged_minor" END),
	sum(CASE WHEN "status" = 'cancelled' THEN "paid_minor" ELSE "committed_minor" END),
	sum("paid_minor"),
	sum(CASE WHEN "status" = 'cancelled' THEN "paid_usd_minor" ELSE "pledged_usd_minor" END),
	sum(CASE WHEN "status" = 'cancelled' THEN "paid_usd_minor" ELSE "committed_usd_minor" END),
	sum("paid_usd_minor")
FROM `pledges` WHERE "kind" = 'funding' AND "appeal_id" IS NOT NULL
GROUP BY "appeal_id", "organisation_id", "currency";--> statement-breakpoint
DROP TABLE `funding_totals`;--> statement-breakpoint
ALTER TABLE `__new_funding_totals` RENAME TO `funding_totals`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
-- Cancelling a places pledge now withdraws only the places nobody travelled on: every stage of a
-- cancelled pledge comes down to its departed count, as the domain's projectPledge folds it.
UPDATE `pledges` SET "places_pledged" = "places_departed", "places_confirmed" = "places_departed", "places_allocated" = "places_departed"
WHERE "kind" = 'places' AND "status" = 'cancelled';
