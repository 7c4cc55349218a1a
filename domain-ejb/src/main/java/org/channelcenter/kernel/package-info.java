/**
 * The shared kernel: what every component needs and none owns — who calls (the {@link
 * org.channelcenter.kernel.boundary.Caller}, resolved by {@link org.channelcenter.kernel.control.CurrentCaller}
 * through the directory), roles and what each may do ({@link org.channelcenter.kernel.entity.Permission}),
 * refusals and their reasons, one-time links, invitations and the lifecycle every kind of invitation shares ({@link
 * org.channelcenter.kernel.boundary.Invitations}, {@link org.channelcenter.kernel.control.InvitationLifecycle}: a
 * new kind brings its entity, its mail and its accept step), paging of lists in the database, and the schema
 * migration that runs before anything touches JPA. It imports no component.
 */
package org.channelcenter.kernel;
