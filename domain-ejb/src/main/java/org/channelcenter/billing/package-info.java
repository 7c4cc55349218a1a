/**
 * Billing (SPEC §13, issue 17): the prices at each tier. The offer catalog's price is the list price; a provider
 * keeps price books (a default one, and one per reseller it chooses) of dated rules over list price; a reseller
 * keeps dated customer prices over its cost (a default markup, and rules per customer and offer). Rules are only
 * added, never changed, so the price of a past day stays what it was; {@code control.PriceResolution} answers a
 * price for an offer on a day, and is what charges and billing runs call. Only an organization's billing admins
 * and global admins see and change its prices. Depends on commerce (offers), partnership and customer (who
 * buys from whom), directory, audit and the kernel; none of them depends on it.
 */
package org.channelcenter.billing;
