-- One-time links never stay readable in the outbox (issue 15): a mail that carries one keeps its full text
-- encrypted in sealed_body while it waits for delivery (the key is server configuration, never in the
-- database), and its readable body has "[link removed]" instead of each link.
ALTER TABLE outbox_message ADD COLUMN sealed_body CLOB;
-- Mails queued before this version and never to be sent again (SENT, FAILED, HELD) lose their links' tokens
-- now (every token the portal mails is 43 characters after "token="). Derby has no regular expressions: each
-- statement removes the first remaining token of each mail, and no mail of this portal holds more than three.
-- Mails still PENDING keep theirs until they are sent, when the application removes them.
UPDATE outbox_message
   SET body = SUBSTR(body, 1, LOCATE('token=', body) - 1) || '[link removed]' || SUBSTR(body, LOCATE('token=', body) + 49)
 WHERE status <> 'PENDING' AND LOCATE('token=', body) > 0 AND LENGTH(body) >= LOCATE('token=', body) + 48;
UPDATE outbox_message
   SET body = SUBSTR(body, 1, LOCATE('token=', body) - 1) || '[link removed]' || SUBSTR(body, LOCATE('token=', body) + 49)
 WHERE status <> 'PENDING' AND LOCATE('token=', body) > 0 AND LENGTH(body) >= LOCATE('token=', body) + 48;
UPDATE outbox_message
   SET body = SUBSTR(body, 1, LOCATE('token=', body) - 1) || '[link removed]' || SUBSTR(body, LOCATE('token=', body) + 49)
 WHERE status <> 'PENDING' AND LOCATE('token=', body) > 0 AND LENGTH(body) >= LOCATE('token=', body) + 48;
