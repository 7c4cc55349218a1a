/**
 * Provider ↔ reseller partnerships (SPEC §5): a provider's invitations (draft, platform send, re-send,
 * revoke), the reseller's authorization of the provider, both sides' lists, ending a partnership with a
 * reason, and the provider directory resellers search (Find a provider). Invitation states
 * {@code PENDING → ACCEPTED | EXPIRED | REVOKED}; partnership states {@code ACTIVE → TERMINATED}, at most one
 * active per pair.
 */
package org.channelcenter.partnership;
