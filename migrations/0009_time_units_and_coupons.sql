-- Prices per unit of time and coupons (issue 13 §1–2).

-- A UOM may name a span of time: `time_count` × `time_unit`. Existing UOMs stay as they
-- are (NULL: not a span of time) until declared with `uom edit NAME --time …`.
ALTER TABLE uoms ADD COLUMN time_unit TEXT
    CHECK (time_unit IS NULL OR time_unit IN ('day', 'week', 'month', 'year'));
ALTER TABLE uoms ADD COLUMN time_count INTEGER
    CHECK (time_count IS NULL OR time_count >= 1);

-- A coupon takes a percentage or an amount (minor units) off each period it applies to.
CREATE TABLE coupons (
    code       TEXT PRIMARY KEY,
    percent    TEXT,
    amount     INTEGER CHECK (amount IS NULL OR amount > 0),
    periods    INTEGER CHECK (periods IS NULL OR periods >= 1),
    until      TEXT,
    disabled   INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_at TEXT NOT NULL,
    CHECK ((percent IS NULL) <> (amount IS NULL))
) STRICT;

CREATE TABLE coupon_plans (
    coupon TEXT NOT NULL REFERENCES coupons(code),
    plan   TEXT NOT NULL REFERENCES plans(code),
    PRIMARY KEY (coupon, plan)
) STRICT;

-- The coupon a subscription carries, from the index of the first period it discounts.
CREATE TABLE subscription_coupons (
    subscription TEXT PRIMARY KEY REFERENCES subscriptions(id),
    coupon       TEXT NOT NULL REFERENCES coupons(code),
    from_period  INTEGER NOT NULL CHECK (from_period >= 0),
    applied_on   TEXT NOT NULL
) STRICT;
