CREATE TABLE `flowchart_edges` (
	`id` text PRIMARY KEY NOT NULL,
	`power_id` integer NOT NULL,
	`source_id` text NOT NULL,
	`target_id` text NOT NULL,
	`label` text DEFAULT '' NOT NULL,
	`sort` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`power_id`) REFERENCES `flowcharts`(`power_id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `flowchart_nodes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`target_id`) REFERENCES `flowchart_nodes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `flowchart_edges_power_idx` ON `flowchart_edges` (`power_id`);--> statement-breakpoint
CREATE INDEX `flowchart_edges_source_idx` ON `flowchart_edges` (`source_id`);--> statement-breakpoint
CREATE INDEX `flowchart_edges_target_idx` ON `flowchart_edges` (`target_id`);--> statement-breakpoint
CREATE TABLE `flowchart_nodes` (
	`id` text PRIMARY KEY NOT NULL,
	`power_id` integer NOT NULL,
	`kind` text NOT NULL,
	`label` text NOT NULL,
	`post_id` integer,
	`days` integer,
	`x` real DEFAULT 0 NOT NULL,
	`y` real DEFAULT 0 NOT NULL,
	`sort` integer DEFAULT 0 NOT NULL,
	`requirement` text DEFAULT '' NOT NULL,
	`supervision` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`power_id`) REFERENCES `flowcharts`(`power_id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `flowchart_nodes_power_idx` ON `flowchart_nodes` (`power_id`);--> statement-breakpoint
CREATE INDEX `flowchart_nodes_post_idx` ON `flowchart_nodes` (`post_id`);--> statement-breakpoint
CREATE TABLE `flowchart_templates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`name` text NOT NULL,
	`power_types` text DEFAULT '[]' NOT NULL,
	`keywords` text DEFAULT '[]' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`body` text NOT NULL,
	`builtin` integer DEFAULT false NOT NULL,
	`sort` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `flowchart_templates_key_uq` ON `flowchart_templates` (`key`);--> statement-breakpoint
CREATE TABLE `flowcharts` (
	`power_id` integer PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`power_id`) REFERENCES `powers`(`id`) ON UPDATE no action ON DELETE cascade
);
