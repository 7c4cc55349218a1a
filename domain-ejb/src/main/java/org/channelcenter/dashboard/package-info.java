/** Dashboard: the role-specific tiles on the first page after sign-in, counted in the database. */
package org.channelcenter.dashboard;
