/**
 * Directory: organizations (each owning one directory, a unique domain), their users and roles, sign-in,
 * and the one place a boundary learns who calls it ({@link org.channelcenter.kernel.control.CurrentCaller}).
 */
package org.channelcenter.directory;
