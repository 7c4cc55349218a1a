package org.channelcenter.audit.entity;

/** What happened. New features add their actions here. */
public enum AuditAction {
    SIGN_IN_SUCCEEDED,
    SIGN_IN_FAILED,
    SIGN_IN_REFUSED_LOCKED,
    ACCOUNT_LOCKED,
    SIGNED_OUT,
    ACCESS_DENIED,
    LANGUAGE_CHANGED,
    DEMO_DATA_LOADED
}
