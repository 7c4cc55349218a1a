package org.channelcenter.enrollment.boundary;

import java.io.Serializable;

/** What the applicant is told after <b>Enroll now</b>: where to sign in and where the mail went. */
public record EnrollmentReceipt(long applicationId, String signInName, String contactEmail) implements Serializable {}
