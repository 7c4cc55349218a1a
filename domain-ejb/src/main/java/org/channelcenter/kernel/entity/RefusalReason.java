package org.channelcenter.kernel.entity;

/**
 * Why a business rule refused a request. It names the bundle key of the message that tells the user, so the web
 * tier turns every refusal into words by one rule. Each component's reasons are an enum implementing it.
 */
public interface RefusalReason {

    /** The key of this refusal's message in the {@code msg} bundle (every language has it). */
    String messageKey();
}
