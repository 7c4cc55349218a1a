-- Issue 16, point 7: dates and times are shown in the reader's time zone. A user may choose one in the profile
-- (an IANA zone id such as Europe/Moscow); without a choice the pages use the browser's zone.
ALTER TABLE app_user ADD COLUMN time_zone VARCHAR(64);
