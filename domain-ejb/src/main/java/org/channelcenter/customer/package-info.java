/**
 * Customers and their reseller relationships (SPEC §6): a reseller's invitations to customers (Request a
 * reseller relationship; Invite new customers with one provider), the customer's acceptance in its own directory
 * or a new one, the partners' customer lists and records, the customer's Partners page (remove a partner), and
 * the customer's users as its partners administer them. Relationship states {@code ACTIVE → REMOVED}, at most one
 * active per customer and partner; the reseller a customer belongs to is kept on the provider's relationship.
 */
package org.channelcenter.customer;
