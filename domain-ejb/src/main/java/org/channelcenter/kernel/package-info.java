/**
 * The shared kernel: what every component needs and none owns — paging of lists in the database ({@link org.channelcenter.kernel.boundary.PageRequest}),
 * the schema migration that runs before anything touches JPA.
 */
package org.channelcenter.kernel;
