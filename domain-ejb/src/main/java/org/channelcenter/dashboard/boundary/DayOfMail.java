package org.channelcenter.dashboard.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The mails queued on one day, by where they stand now: sent, waiting (pending a retry, or held while no SMTP host
 * is configured) and failed (given up).
 */
public record DayOfMail(LocalDate day, long sent, long waiting, long failed) implements Serializable {}
