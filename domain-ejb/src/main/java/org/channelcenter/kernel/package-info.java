/**
 * The shared kernel: what every component needs and none owns — who calls (the {@link
 * org.channelcenter.kernel.boundary.Caller}, resolved by {@link org.channelcenter.kernel.control.CurrentCaller}
 * through the directory), roles and what each may do ({@link org.channelcenter.kernel.entity.Permission}),
 * refusals and their reasons, one-time links and invitations, paging of lists in the database, and the schema
 * migration that runs before anything touches JPA. It imports no component.
 */
package org.channelcenter.kernel;
