package org.channelcenter.audit.boundary;

import java.io.Serializable;

/** An organization staff can narrow the audit log to, as the organization filter offers it. */
public record AuditOrganization(long id, String name, String directoryDomain) implements Serializable {}
