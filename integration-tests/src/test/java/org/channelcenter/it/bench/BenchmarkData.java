package org.channelcenter.it.bench;

/**
 * What the benchmark loader made for one size N, as its servlet answers it (JSON) and the driver reads it.
 *
 * @param n customers of the provider and of the reseller (the same N customers, shared)
 * @param loadedNow false when the data for N was there already and nothing was loaded
 * @param loadMillis how long this load took (0 if nothing was loaded)
 * @param providerLogin the provider's admin
 * @param resellerLogin the reseller's admin (the Account › Audit log, View customers)
 * @param staffLogin staff of the operator (Staff › Audit log, the queues)
 * @param partnershipId the provider-reseller partnership (View customers)
 * @param sampleCustomerId a customer with an order (a customer's order history)
 * @param stages how long each stage of the load took, for the report
 */
public record BenchmarkData(
        int n,
        boolean loadedNow,
        long loadMillis,
        String providerLogin,
        String resellerLogin,
        String staffLogin,
        long partnershipId,
        long sampleCustomerId,
        String stages) {}
