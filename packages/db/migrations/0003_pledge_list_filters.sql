CREATE INDEX `pledges_list_year` ON `pledges` (`year`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `pledges_list_programme` ON `pledges` (`programme`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `pledges_list_status` ON `pledges` (`status`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `pledges_list_organisation` ON `pledges` (`organisation_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `pledges_resettlement_country` ON `pledges` (`resettlement_country`) WHERE "pledges"."resettlement_country" is not null;--> statement-breakpoint
CREATE INDEX `pledges_host_country` ON `pledges` (`host_country`) WHERE "pledges"."host_country" is not null;