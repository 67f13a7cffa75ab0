-- A double as an exact decimal, 12 places (magnitudes up to 10^26): sums of these are exact, so
-- they do not depend on the order DuckDB adds rows in, which with several threads varies from run
-- to run; a sum of doubles may then differ in its last bits and the outputs would not be
-- byte-identical. Write sum(exact(x))::DOUBLE for every sum that reaches an output.
CREATE OR REPLACE MACRO exact(x) AS x::DECIMAL(38, 12);

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

-- Whether a value meets a target, given the comparator and which way is better (d = +1 or -1;
-- d = 0 for a sector share whose way cannot be told, having no base value: then the value must
-- lie in the range, or within half a point of a single value).
CREATE OR REPLACE MACRO meets_target(value, comparator, low, high, d) AS
  CASE
    WHEN d = 0 THEN value BETWEEN low - CASE WHEN comparator = 'range' THEN 1e-9 ELSE 0.5 END AND coalesce(high, low) + CASE WHEN comparator = 'range' THEN 1e-9 ELSE 0.5 END
    ELSE CASE comparator
    WHEN 'gte' THEN value >= low - 1e-9
    WHEN 'lte' THEN value <= low + 1e-9
    WHEN 'range' THEN CASE WHEN d > 0 THEN value >= low - 1e-9 ELSE value <= coalesce(high, low) + 1e-9 END
    ELSE CASE WHEN d > 0 THEN value >= low - 1e-9 ELSE value <= low + 1e-9 END
    END
  END;

-- How far a value is on the good side of a target (≥ 0: met): d · (value − the reference end);
-- for d = 0, zero inside the range and minus the distance to it outside.
CREATE OR REPLACE MACRO target_gap(value, comparator, low, high, d) AS
  CASE
    WHEN d <> 0 THEN d * (value - CASE WHEN comparator = 'range' AND d < 0 THEN high ELSE low END)
    WHEN value < low THEN value - low
    WHEN value > coalesce(high, low) THEN coalesce(high, low) - value
    ELSE 0
  END;

-- A number as the site writes it (vi-VN: 18.700,46; 7,5), for the Vietnamese reasons.
CREATE OR REPLACE MACRO vi_num(x) AS
  CASE WHEN x IS NULL THEN '–'
  ELSE regexp_replace(regexp_replace(translate(format('{:,.2f}', x::DOUBLE), ',.', '.,'), '(,\d*?)0+$', '\1'), ',$', '')
  END;

-- The five-year Party Congress term a year belongs to starts in 2021, 2026, … (2016-2020, 2021-2025, 2026-2030).
CREATE OR REPLACE MACRO term_first_year_of(y) AS y - ((((y - 2021) % 5) + 5) % 5);

-- The host of a URL (without www.), or the text itself when it is not a URL: sources are compared by it.
CREATE OR REPLACE MACRO source_host(s) AS
  coalesce(nullif(lower(regexp_replace(regexp_extract(s, 'https?://([^/\s]+)', 1), '^www\.', '')), ''), s);

-- The site's words for a status, for the Vietnamese reasons.
CREATE OR REPLACE MACRO status_vi(s) AS
  CASE s
    WHEN 'achieved' THEN 'Đã đạt' WHEN 'not_achieved' THEN 'Không đạt' WHEN 'no_final_value' THEN 'Chưa có số liệu cuối kỳ'
    WHEN 'on_track' THEN 'Đúng tiến độ' WHEN 'needs_acceleration' THEN 'Cần tăng tốc' WHEN 'limited_progress' THEN 'Tiến triển hạn chế'
    WHEN 'deteriorating' THEN 'Đi lùi' ELSE 'Chưa đủ số liệu'
  END;

-- A unit in Vietnamese words for the sentences the pages show (reason_vi): a code never reaches a
-- reader. The site's own labels (docs/components/format.js) say the same.
CREATE OR REPLACE MACRO unit_vi(u) AS
  CASE u
    WHEN 'percent' THEN '%' WHEN 'percent_per_year' THEN '%/năm' WHEN 'pp_per_year' THEN 'điểm %/năm'
    WHEN 'million_vnd' THEN 'triệu đồng' WHEN 'billion_vnd' THEN 'tỷ đồng' WHEN 'trillion_vnd' THEN 'nghìn tỷ đồng'
    WHEN 'million_usd' THEN 'triệu USD' WHEN 'billion_usd' THEN 'tỷ USD' WHEN 'usd' THEN 'USD'
    WHEN 'persons' THEN 'người' WHEN 'enterprises' THEN 'doanh nghiệp' WHEN 'communes' THEN 'xã' WHEN 'districts' THEN 'huyện'
    WHEN 'per_10k_pop' THEN 'trên vạn dân' WHEN 'children_per_woman' THEN 'con/phụ nữ' WHEN 'tonnes' THEN 'tấn'
    WHEN 'million_visits' THEN 'triệu lượt' WHEN 'million_vnd_per_worker' THEN 'triệu đồng/lao động'
    WHEN 'million_vnd_per_ha' THEN 'triệu đồng/ha' WHEN 'million_vnd_per_month' THEN 'triệu đồng/tháng'
    WHEN 'years' THEN 'năm' WHEN 'times' THEN 'lần' WHEN 'houses' THEN 'căn nhà'
    -- times_2025 is a multiple of one year, times_2016-2020 of a whole term's sum.
    ELSE CASE WHEN u LIKE 'times_%-%' THEN 'lần so với giai đoạn ' || substr(u, 7)
      WHEN u LIKE 'times_%' THEN 'lần so với năm ' || substr(u, 7) ELSE 'một đơn vị khác' END
  END;
