/**
 * Audit: the append-only record of every state change and every refused access (SPEC §9). Components
 * write through {@link org.channelcenter.audit.control.AuditTrail} inside their own transaction; staff read
 * it through {@link org.channelcenter.audit.boundary.AuditLog}.
 */
package org.channelcenter.audit;
