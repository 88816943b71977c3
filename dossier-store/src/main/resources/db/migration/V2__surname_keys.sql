-- The last word of a person's name key and of each alias key, so that actor resolution finds "volodymyr zelensky"
-- for "zelensky" through an index instead of a LIKE '% zelensky' scan of every actor. Null for one-word keys.
-- name_key alone is indexed too: H2 uses an index for IN (...) only on its first column, so the (kind, name_key)
-- index left every lookup of a name by its keys scanning all actors of the kind.
-- Rows stored before this migration are filled by V3 (Java: the key is folded in Java, not in SQL).

ALTER TABLE actors ADD COLUMN surname_key VARCHAR(500);
ALTER TABLE actor_aliases ADD COLUMN surname_key VARCHAR(500);

CREATE INDEX actors_surname_key_idx ON actors (surname_key);
CREATE INDEX actor_aliases_surname_key_idx ON actor_aliases (surname_key);
CREATE INDEX actors_name_key_idx ON actors (name_key);
