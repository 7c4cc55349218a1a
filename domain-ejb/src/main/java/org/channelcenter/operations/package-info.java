/**
 * Operations: what a distributor's operations team watches, not what partners use. Health checks for the
 * server's {@code /health/ready} and {@code /health/live} endpoints (MicroProfile Health: the database answers and
 * holds every migration of this release; the application is up) and the gauges of the outbox on {@code /metrics}
 * (MicroProfile Metrics: how many mails wait and how long the oldest has waited). The checks answer only up or
 * down under their names, never why, since the health endpoints are open to anyone. It reads the kernel's schema
 * migration and the notification component's outbox; no component uses it.
 */
package org.channelcenter.operations;
