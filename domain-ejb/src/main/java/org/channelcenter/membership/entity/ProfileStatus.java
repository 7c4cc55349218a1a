package org.channelcenter.membership.entity;

public enum ProfileStatus {
    ACTIVE,
    INACTIVE
}
