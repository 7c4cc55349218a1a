-- SignInFailureExpiry deletes, every ten minutes, the sign-in failures no lock or throttle reads any more (issue 15):
-- by time, across all names and addresses.
CREATE INDEX ix_sign_in_failure_time ON sign_in_failure (failed_at);
