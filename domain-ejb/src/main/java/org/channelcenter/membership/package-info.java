/**
 * Membership: the partner-network registry (the seeds' MPN / Partner Membership Center) — membership
 * accounts owning organization profiles with a partner network ID. Enrollment links one profile to the
 * new reseller organization.
 */
package org.channelcenter.membership;
