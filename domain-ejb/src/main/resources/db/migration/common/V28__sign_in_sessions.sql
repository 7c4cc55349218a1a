-- One row per sign-in (issue 15, point 4): a browser is signed in while its row exists and is neither idle too long
-- nor past its end. The random value the browser holds is never stored, only its SHA-256, so a copy of this table
-- signs nobody in. Sign-out deletes the row: the browser's cookies are then worth nothing on every server, even
-- after the same user signs in again elsewhere (that makes a row of its own), and other browsers keep theirs.
CREATE TABLE sign_in_session (
    token_hash   CHAR(64)     NOT NULL PRIMARY KEY,
    login_name   VARCHAR(320) NOT NULL,
    signed_in_at TIMESTAMP    NOT NULL,
    last_seen_at TIMESTAMP    NOT NULL,
    ends_at      TIMESTAMP    NOT NULL
);
CREATE INDEX ix_sign_in_session_login ON sign_in_session (login_name);
CREATE INDEX ix_sign_in_session_seen ON sign_in_session (last_seen_at);
