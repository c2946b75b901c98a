-- Full-text search over 事项编码, 事项名称, 依据 and 责任事项 that finds Chinese substrings (trigram).
CREATE VIRTUAL TABLE `powers_fts` USING fts5(code, name, basis, duties, content='powers', content_rowid='id', tokenize='trigram');
--> statement-breakpoint
CREATE TRIGGER `powers_fts_ai` AFTER INSERT ON `powers` BEGIN
  INSERT INTO powers_fts(rowid, code, name, basis, duties) VALUES (new.id, new.code, new.name, new.basis, new.duties);
END;
--> statement-breakpoint
CREATE TRIGGER `powers_fts_ad` AFTER DELETE ON `powers` BEGIN
  INSERT INTO powers_fts(powers_fts, rowid, code, name, basis, duties) VALUES ('delete', old.id, old.code, old.name, old.basis, old.duties);
END;
--> statement-breakpoint
CREATE TRIGGER `powers_fts_au` AFTER UPDATE OF code, name, basis, duties ON `powers` BEGIN
  INSERT INTO powers_fts(powers_fts, rowid, code, name, basis, duties) VALUES ('delete', old.id, old.code, old.name, old.basis, old.duties);
  INSERT INTO powers_fts(rowid, code, name, basis, duties) VALUES (new.id, new.code, new.name, new.basis, new.duties);
END;
--> statement-breakpoint
INSERT INTO `power_types` (`name`, `sort`, `builtin`) VALUES
  ('行政许可', 10, 1), ('行政处罚', 20, 1), ('行政强制', 30, 1), ('行政征收', 40, 1), ('行政给付', 50, 1),
  ('行政检查', 60, 1), ('行政确认', 70, 1), ('行政奖励', 80, 1), ('行政裁决', 90, 1), ('其他行政权力', 100, 1),
  ('内部管理权', 110, 1);
