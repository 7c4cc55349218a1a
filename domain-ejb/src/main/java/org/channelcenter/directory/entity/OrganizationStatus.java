package org.channelcenter.directory.entity;

public enum OrganizationStatus {
    ACTIVE, INACTIVE
}
