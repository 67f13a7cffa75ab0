-- Status from the ratio of achieved to required progress, the bands of Eurostat's progress method
-- as published by Open SDG (docs/progress-methodology.md): on track from 0.95, needs
-- acceleration from 0.60, limited progress from 0, deteriorating below.
CREATE OR REPLACE MACRO status_from_ratio(ratio) AS
  CASE
    WHEN ratio IS NULL THEN NULL
    WHEN ratio >= 0.95 THEN 'on_track'
    WHEN ratio >= 0.60 THEN 'needs_acceleration'
    WHEN ratio >= 0 THEN 'limited_progress'
    ELSE 'deteriorating'
  END;

-- Whether a value meets a target, given the comparator and which way is better (d = +1 or -1).
CREATE OR REPLACE MACRO meets_target(value, comparator, low, high, d) AS
  CASE comparator
    WHEN 'gte' THEN value >= low - 1e-9
    WHEN 'lte' THEN value <= low + 1e-9
    WHEN 'range' THEN CASE WHEN d > 0 THEN value >= low - 1e-9 ELSE value <= coalesce(high, low) + 1e-9 END
    ELSE CASE WHEN d > 0 THEN value >= low - 1e-9 ELSE value <= low + 1e-9 END
  END;
