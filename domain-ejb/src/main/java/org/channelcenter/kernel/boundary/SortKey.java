package org.channelcenter.kernel.boundary;

import java.io.Serializable;

/**
 * One row's place in a sorted list: the value of its sort column (as the query reads it, e.g. the lower-case
 * name key, an Instant) and its id, which breaks ties. A table keeps the keys of its page's first and last rows
 * to ask for the next or previous page ({@link PageRequest.Seek}).
 */
public record SortKey(Serializable value, long id) implements Serializable {}
