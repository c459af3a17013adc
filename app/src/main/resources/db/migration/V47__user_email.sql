-- Where a user's notices are mailed; optional (without one, notices reach the user in the app alone).
ALTER TABLE app_user ADD COLUMN email VARCHAR(254);
