CREATE TABLE `jurisdiction_profiles` (
	`country` text NOT NULL,
	`version` integer NOT NULL,
	`document` text NOT NULL,
	`published_by` text NOT NULL,
	`published_at` text NOT NULL,
	PRIMARY KEY(`country`, `version`)
);
