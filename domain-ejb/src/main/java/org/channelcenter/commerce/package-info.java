/**
 * Commerce (SPEC §7): the offer catalog kept by staff, orders a provider places on behalf of a customer it and
 * the reseller of record both have a reseller relationship with, and the subscriptions those orders create or
 * add licenses to.
 */
package org.channelcenter.commerce;
