package org.channelcenter.kernel.entity;

/** Refusals every component can give. */
public enum KernelRefusal implements RefusalReason {
    /** The record changed between the moment the user saw it and the moment they changed it. */
    CONCURRENT_CHANGE("error.concurrentChange");

    private final String messageKey;

    KernelRefusal(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
