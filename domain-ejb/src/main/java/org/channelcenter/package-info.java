/**
 * Channel Center's business components. Each component is a package with three layers:
 * {@code boundary} (stateless EJBs: the only transaction and security boundary, what the web tier calls),
 * {@code control} (plain CDI beans doing one job for the boundary: repositories, hashing, the caller) and
 * {@code entity} (JPA entities that own their invariants and state transitions).
 */
package org.channelcenter;
