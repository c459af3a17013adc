-- When the last sign-in attempt of an account began: attempts are counted before their password is checked, and
-- counted attempts whose requests never ended (a crash, a database outage) expire after the lock duration.
ALTER TABLE app_user ADD COLUMN last_sign_in_attempt TIMESTAMP WITH TIME ZONE;
