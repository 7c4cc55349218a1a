package org.channelcenter.enrollment.boundary;

import java.io.Serializable;

/** One automatic check on an application; {@code name} labels it ({@code review.check.<name>}). */
public record AutomaticCheck(String name, boolean passed) implements Serializable {}
