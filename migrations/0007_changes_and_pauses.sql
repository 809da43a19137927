-- Migration 7: changing a subscription mid-period and pausing it (issue 13 §3–§4).

-- A change ends the old lines the day before it and starts the new ones on it; a line with
-- neither bills every day of its periods, as before.
ALTER TABLE subscription_lines ADD COLUMN from_date TEXT;
ALTER TABLE subscription_lines ADD COLUMN until_date TEXT;

-- A change of interval waiting to take effect: the current run ends the day before
-- switch_on, and a new run of switch_interval × switch_every starts on it.
ALTER TABLE subscriptions ADD COLUMN switch_on TEXT;
ALTER TABLE subscriptions ADD COLUMN switch_interval TEXT
    CHECK (switch_interval IN ('day', 'week', 'month', 'year'));
ALTER TABLE subscriptions ADD COLUMN switch_every INTEGER CHECK (switch_every >= 1);

-- Days not billed: from from_date through until_date (open while NULL).
CREATE TABLE subscription_pauses (
    id           INTEGER PRIMARY KEY,
    subscription TEXT NOT NULL REFERENCES subscriptions(id),
    from_date    TEXT NOT NULL,
    until_date   TEXT,
    CHECK (until_date IS NULL OR until_date >= from_date)
) STRICT;
CREATE INDEX subscription_pauses_by_subscription ON subscription_pauses(subscription, from_date);
