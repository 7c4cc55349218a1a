-- One-time links never stay readable in the outbox (issue 15): a mail that carries one keeps its full text
-- encrypted in sealed_body while it waits for delivery (the key is server configuration, never in the
-- database), and its readable body has "[link removed]" instead of each link.
ALTER TABLE outbox_message ADD COLUMN sealed_body TEXT;
-- Mails queued before this version and never to be sent again (SENT, FAILED, HELD) lose their links' tokens
-- now (every token the portal mails is 43 characters after "token="), as the Derby twin does. Mails still
-- PENDING keep theirs until they are sent, when the application removes them.
UPDATE outbox_message
   SET body = regexp_replace(body, 'token=[A-Za-z0-9_-]{43}', '[link removed]', 'g')
 WHERE status <> 'PENDING' AND body LIKE '%token=%';
