package dev.tandem.exemption;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address for the verification pages and API, which anyone may call without signing in:
 * each address may make {@code burst} requests at once, then one more every {@code refillNanos}. The buckets are
 * kept for at most {@code maxClients} addresses (the least recently seen go first), so many addresses cannot fill
 * the memory; an address forgotten that way starts again with a full bucket, which is the lesser harm.
 */
final class PublicRequestLimiter {

    private final int burst;
    private final long refillNanos;
    private final LongSupplier nanos;
    private final Map<String, long[]> buckets;

    PublicRequestLimiter(int burst, long refillNanos, int maxClients, LongSupplier nanos) {
        if (burst < 1 || refillNanos < 1 || maxClients < 1) {
            throw new IllegalArgumentException("burst, refill and clients must be positive");
        }
        this.burst = burst;
        this.refillNanos = refillNanos;
        this.nanos = nanos;
        this.buckets = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, long[]> eldest) {
                return size() > maxClients;
            }
        };
    }

    /**
     * Takes one request from the client's bucket: empty when allowed, otherwise the whole seconds to wait before
     * the next one is.
     */
    synchronized OptionalLong acquire(String client) {
        long now = nanos.getAsLong();
        // bucket: [0] = tokens, [1] = the time the tokens were counted at
        long[] bucket = buckets.computeIfAbsent(client, c -> new long[] {burst, now});
        long refilled = (now - bucket[1]) / refillNanos;
        if (refilled > 0) {
            bucket[0] = Math.min(burst, bucket[0] + refilled);
            bucket[1] = bucket[0] == burst ? now : bucket[1] + refilled * refillNanos;
        }
        if (bucket[0] > 0) {
            bucket[0]--;
            return OptionalLong.empty();
        }
        long waitNanos = bucket[1] + refillNanos - now;
        return OptionalLong.of(Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L));
    }
}
