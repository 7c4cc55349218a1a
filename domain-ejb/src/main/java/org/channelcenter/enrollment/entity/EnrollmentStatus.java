package org.channelcenter.enrollment.entity;

public enum EnrollmentStatus {
    CONTACT_VERIFICATION_PENDING,
    IN_REVIEW,
    MORE_INFO_REQUESTED,
    APPROVED,
    REJECTED;

    public boolean isFinal() {
        return this == APPROVED || this == REJECTED;
    }
}
