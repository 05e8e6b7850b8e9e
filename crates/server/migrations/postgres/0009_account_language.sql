-- Every account has a language for its texts and emails (`en` or `zh-Hans`), set at
-- sign-up from the request's Accept-Language and changed with PUT /v1/me/language.
-- Accounts made before it read as English.
UPDATE accounts SET language = 'en' WHERE language IS NULL OR language NOT IN ('en', 'zh-Hans');
ALTER TABLE accounts ALTER COLUMN language SET DEFAULT 'en';
ALTER TABLE accounts ALTER COLUMN language SET NOT NULL;
