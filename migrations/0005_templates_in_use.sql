-- Migration 5: a template that something names cannot be removed (`subs template remove`
-- refuses it first, naming its users; this is the last guard).

CREATE TRIGGER templates_in_use_are_kept BEFORE DELETE ON templates
WHEN EXISTS (SELECT 1 FROM subscriptions WHERE email_template = OLD.name)
BEGIN SELECT RAISE(ABORT, 'this template is used by a subscription'); END;
