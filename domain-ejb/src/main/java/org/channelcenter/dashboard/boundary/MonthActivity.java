package org.channelcenter.dashboard.boundary;

import java.io.Serializable;
import java.time.YearMonth;

/** One month of a partner's activity: the orders placed and the licenses assigned in it. */
public record MonthActivity(YearMonth month, long orders, long licensesAssigned) implements Serializable {}
