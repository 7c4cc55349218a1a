-- What a portal at schema version 1 (the walking skeleton) held: rows in every V1 table, written as that release
-- wrote them (roles as a sorted comma list, locales as language tags, PBKDF2-HMAC-SHA512 hashes at its fixed 210000
-- iterations, audit actions of its AuditAction). The build loads it into the suite's database right after V1 (see
-- the upgrade-database execution in the POM); the test server then migrates it to the newest version at start, and
-- UpgradeIT and UpgradeBrowserIT check these very values. Ids are left to the identity columns, as the application
-- left them, so the rows that tests add later continue the same sequences.
-- Derby and PostgreSQL both read this file: a NULL or a time in a select list is typed with CAST (Derby refuses an
-- untyped NULL there, PostgreSQL would take a bare literal for text).
-- Every organization's domain starts with "v1-", which no fixture makes (theirs are "browser-test-..."), so no
-- other test meets these rows. Names and details hold accents and Cyrillic, to show the text survives as stored.
-- Passwords: admin@v1-reseller Legacy-Admin-2025!; sales@v1-reseller and admin@v1-provider Legacy-Agent-2025!;
-- staff@v1-operations and admin@v1-customer Legacy-Staff-2025!.

INSERT INTO organization (kind, name, directory_domain, country_code, status, created_at, version)
VALUES ('OPERATOR', 'Legacy Operations', 'v1-operations.channel.test', 'US', 'ACTIVE',
        CAST('2025-01-15 08:30:00' AS TIMESTAMP), 0);
INSERT INTO organization (kind, name, directory_domain, country_code, status, created_at, version)
VALUES ('PROVIDER', 'Fabrikam Legacy Provider', 'v1-provider.channel.test', 'DE', 'ACTIVE',
        CAST('2025-02-03 11:00:00.250' AS TIMESTAMP), 1);
INSERT INTO organization (kind, name, directory_domain, country_code, status, created_at, version)
VALUES ('RESELLER', 'Ñandú Revenda Ltda.', 'v1-reseller.channel.test', 'BR', 'ACTIVE',
        CAST('2025-03-10 14:05:30' AS TIMESTAMP), 2);
INSERT INTO organization (kind, name, directory_domain, country_code, status, created_at, version)
VALUES ('CUSTOMER', 'ООО «Старый клиент»', 'v1-customer.channel.test', 'RU', 'INACTIVE',
        CAST('2025-04-20 09:45:00' AS TIMESTAMP), 3);

INSERT INTO app_user (organization_id, login_name, display_name, email, password_hash, roles, locale, active,
                      failed_sign_ins, locked_until, last_sign_in_at, created_at, version)
SELECT id, 'staff@v1-operations.channel.test', 'Olga Старова', 'olga.starova@ops.example',
       'PBKDF2WithHmacSHA512:210000:ChssPU5fYHGCk6S1xtfo+V8cLpp7PUxujwobLD1OX2s=:'
       || 'u71vCdIdHNq8h8lwI7z/wFNPyCbh2A+CG17gtcVYHXCAzQNhgmEsJzuBXg1CbOjuWDdFgxXe+BGQOb4I+vdwcg==',
       'STAFF', 'ru', TRUE, 0, CAST(NULL AS TIMESTAMP), CAST('2025-11-28 07:10:00' AS TIMESTAMP),
       CAST('2025-01-15 08:30:00' AS TIMESTAMP), 5
FROM organization WHERE directory_domain = 'v1-operations.channel.test';

INSERT INTO app_user (organization_id, login_name, display_name, email, password_hash, roles, locale, active,
                      failed_sign_ins, locked_until, last_sign_in_at, created_at, version)
SELECT id, 'admin@v1-provider.channel.test', 'Paul Fabrikam', 'paul@fabrikam.example',
       'PBKDF2WithHmacSHA512:210000:k6S1xtfo+QobLD1OX2pfHC6aez1Mbo8KGyw9Tl9gcYI=:'
       || 'Q1/+g9fTAnfUmCTO97N80ortrdw05U5eWs8g8i5oOHonz0EAXjSJ0mpdnBEGrnLTaMeE0jpV1LckomEvzKhg9w==',
       'GLOBAL_ADMIN', CAST(NULL AS VARCHAR(16)), TRUE, 0, CAST(NULL AS TIMESTAMP), CAST(NULL AS TIMESTAMP),
       CAST('2025-02-03 11:00:00.250' AS TIMESTAMP), 0
FROM organization WHERE directory_domain = 'v1-provider.channel.test';

INSERT INTO app_user (organization_id, login_name, display_name, email, password_hash, roles, locale, active,
                      failed_sign_ins, locked_until, last_sign_in_at, created_at, version)
SELECT id, 'admin@v1-reseller.channel.test', 'Ana Núñez', 'ana.nunez@revenda.example',
       'PBKDF2WithHmacSHA512:210000:Xxwumns9TG6PChssPU5fYHGCk6S1xtfo+QobLD1OX2o=:'
       || 'hEbjUdc8FioceyhvJs75ZjfoQC835TrCH9ejcwHD/K6MTsqyVf0zAV3VKOj5FVdvurUQ9a4o292yk0WUMRSiDw==',
       'ADMIN_AGENT,GLOBAL_ADMIN', 'en', TRUE, 0, CAST(NULL AS TIMESTAMP), CAST('2025-12-01 18:20:45.123' AS TIMESTAMP),
       CAST('2025-03-10 14:05:30' AS TIMESTAMP), 7
FROM organization WHERE directory_domain = 'v1-reseller.channel.test';

INSERT INTO app_user (organization_id, login_name, display_name, email, password_hash, roles, locale, active,
                      failed_sign_ins, locked_until, last_sign_in_at, created_at, version)
SELECT id, 'sales@v1-reseller.channel.test', 'João Vendas', 'joao.vendas@revenda.example',
       'PBKDF2WithHmacSHA512:210000:k6S1xtfo+QobLD1OX2pfHC6aez1Mbo8KGyw9Tl9gcYI=:'
       || 'Q1/+g9fTAnfUmCTO97N80ortrdw05U5eWs8g8i5oOHonz0EAXjSJ0mpdnBEGrnLTaMeE0jpV1LckomEvzKhg9w==',
       'SALES_AGENT', 'pt-BR', TRUE, 2, CAST('2025-06-01 12:00:00' AS TIMESTAMP),
       CAST('2025-05-31 23:59:59' AS TIMESTAMP), CAST('2025-03-11 10:00:00' AS TIMESTAMP), 4
FROM organization WHERE directory_domain = 'v1-reseller.channel.test';

INSERT INTO app_user (organization_id, login_name, display_name, email, password_hash, roles, locale, active,
                      failed_sign_ins, locked_until, last_sign_in_at, created_at, version)
SELECT id, 'former@v1-reseller.channel.test', 'Former Helpdesk', 'former@revenda.example',
       CAST(NULL AS VARCHAR(512)), 'HELPDESK_AGENT', CAST(NULL AS VARCHAR(16)), FALSE, 5,
       CAST('2099-01-01 00:00:00' AS TIMESTAMP),
       CAST(NULL AS TIMESTAMP), CAST('2025-03-12 16:30:00' AS TIMESTAMP), 9
FROM organization WHERE directory_domain = 'v1-reseller.channel.test';

INSERT INTO app_user (organization_id, login_name, display_name, email, password_hash, roles, locale, active,
                      failed_sign_ins, locked_until, last_sign_in_at, created_at, version)
SELECT id, 'admin@v1-customer.channel.test', 'Иван Заказчиков', 'ivan@klient.example',
       'PBKDF2WithHmacSHA512:210000:ChssPU5fYHGCk6S1xtfo+V8cLpp7PUxujwobLD1OX2s=:'
       || 'u71vCdIdHNq8h8lwI7z/wFNPyCbh2A+CG17gtcVYHXCAzQNhgmEsJzuBXg1CbOjuWDdFgxXe+BGQOb4I+vdwcg==',
       'GLOBAL_ADMIN', 'ru', FALSE, 0, CAST(NULL AS TIMESTAMP), CAST('2025-04-21 08:00:00' AS TIMESTAMP),
       CAST('2025-04-20 09:45:00' AS TIMESTAMP), 1
FROM organization WHERE directory_domain = 'v1-customer.channel.test';

-- The audit trail of that release: each event names the organizations it concerns in audit_event_organization.
-- details tell the events apart here (the application never reads them back as keys).
INSERT INTO audit_event (occurred_at, action, actor_login, actor_organization_id, target, details, client_address)
SELECT CAST('2025-12-01 18:20:45.123' AS TIMESTAMP), 'SIGN_IN_SUCCEEDED', 'admin@v1-reseller.channel.test', id,
       'admin@v1-reseller.channel.test', 'v1 event 1: sign-in', '203.0.113.7'
FROM organization WHERE directory_domain = 'v1-reseller.channel.test';
INSERT INTO audit_event (occurred_at, action, actor_login, actor_organization_id, target, details, client_address)
SELECT CAST('2025-05-31 23:50:00' AS TIMESTAMP), 'SIGN_IN_FAILED', 'sales@v1-reseller.channel.test', id,
       'sales@v1-reseller.channel.test', 'v1 event 2: wrong password', '2001:db8::42'
FROM organization WHERE directory_domain = 'v1-reseller.channel.test';
INSERT INTO audit_event (occurred_at, action, actor_login, actor_organization_id, target, details, client_address)
SELECT CAST('2025-05-31 23:55:00' AS TIMESTAMP), 'ACCOUNT_LOCKED', CAST(NULL AS VARCHAR(320)), CAST(NULL AS BIGINT),
       'sales@v1-reseller.channel.test', 'v1 event 3: locked après 5 tentatives', '2001:db8::42'
FROM organization WHERE directory_domain = 'v1-reseller.channel.test';
INSERT INTO audit_event (occurred_at, action, actor_login, actor_organization_id, target, details, client_address)
SELECT CAST('2025-11-28 07:12:00' AS TIMESTAMP), 'LANGUAGE_CHANGED', 'staff@v1-operations.channel.test', id,
       'staff@v1-operations.channel.test', 'v1 event 4: язык ru', CAST(NULL AS VARCHAR(64))
FROM organization WHERE directory_domain = 'v1-operations.channel.test';
INSERT INTO audit_event (occurred_at, action, actor_login, actor_organization_id, target, details, client_address)
VALUES (CAST('2025-10-02 03:04:05' AS TIMESTAMP), 'SIGN_IN_FAILED', NULL, NULL, 'nobody@v1-reseller.channel.test',
        'v1 event 5: unknown user', '198.51.100.23');

INSERT INTO audit_event_organization (audit_event_id, organization_id)
SELECT e.id, o.id FROM audit_event e, organization o
WHERE e.details LIKE 'v1 event 1:%' AND o.directory_domain = 'v1-reseller.channel.test';
INSERT INTO audit_event_organization (audit_event_id, organization_id)
SELECT e.id, o.id FROM audit_event e, organization o
WHERE e.details LIKE 'v1 event 2:%' AND o.directory_domain = 'v1-reseller.channel.test';
INSERT INTO audit_event_organization (audit_event_id, organization_id)
SELECT e.id, o.id FROM audit_event e, organization o
WHERE e.details LIKE 'v1 event 3:%' AND o.directory_domain IN ('v1-reseller.channel.test',
       'v1-operations.channel.test');
INSERT INTO audit_event_organization (audit_event_id, organization_id)
SELECT e.id, o.id FROM audit_event e, organization o
WHERE e.details LIKE 'v1 event 4:%' AND o.directory_domain = 'v1-operations.channel.test';
