/**
 * The web tier: PrimeFaces pages and one view bean per page, grouped by the same business components as
 * domain-ejb. View beans talk only to boundaries; they never hold an EntityManager or check a rule the
 * boundary does not check again.
 */
package org.channelcenter.web;
