CREATE TABLE `power_disclosures` (
	`power_id` integer NOT NULL,
	`item` text NOT NULL,
	`disclosed` integer DEFAULT false NOT NULL,
	`medium` text DEFAULT '' NOT NULL,
	PRIMARY KEY(`power_id`, `item`),
	FOREIGN KEY (`power_id`) REFERENCES `powers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `power_posts` (
	`power_id` integer NOT NULL,
	`post_id` integer NOT NULL,
	PRIMARY KEY(`power_id`, `post_id`),
	FOREIGN KEY (`power_id`) REFERENCES `powers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `power_posts_post_idx` ON `power_posts` (`post_id`);--> statement-breakpoint
CREATE TABLE `power_types` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`sort` integer DEFAULT 0 NOT NULL,
	`builtin` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `power_types_name_uq` ON `power_types` (`name`);--> statement-breakpoint
CREATE TABLE `powers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`parent_id` integer,
	`type_id` integer NOT NULL,
	`department_id` integer,
	`status` text DEFAULT 'pending' NOT NULL,
	`status_date` text,
	`discretion` text DEFAULT 'none' NOT NULL,
	`annual_frequency` integer,
	`leader_person_id` integer,
	`decision_post_id` integer,
	`implementation_post_id` integer,
	`is_project_approval` integer DEFAULT false NOT NULL,
	`is_high_concern` integer DEFAULT false NOT NULL,
	`sort` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`subject` text DEFAULT '' NOT NULL,
	`legal_limit` text DEFAULT '' NOT NULL,
	`promised_limit` text DEFAULT '' NOT NULL,
	`supervision_phone` text DEFAULT '' NOT NULL,
	`basis` text DEFAULT '' NOT NULL,
	`target` text DEFAULT '' NOT NULL,
	`duties` text DEFAULT '' NOT NULL,
	`accountability` text DEFAULT '' NOT NULL,
	`fee_basis` text DEFAULT '' NOT NULL,
	`discretion_text` text DEFAULT '' NOT NULL,
	`status_reason` text DEFAULT '' NOT NULL,
	`remark` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `powers`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`type_id`) REFERENCES `power_types`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`leader_person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`decision_post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`implementation_post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `powers_code_uq` ON `powers` (`code`);--> statement-breakpoint
CREATE INDEX `powers_parent_idx` ON `powers` (`parent_id`);--> statement-breakpoint
CREATE INDEX `powers_type_idx` ON `powers` (`type_id`);--> statement-breakpoint
CREATE INDEX `powers_department_idx` ON `powers` (`department_id`);--> statement-breakpoint
CREATE INDEX `powers_status_idx` ON `powers` (`status`);