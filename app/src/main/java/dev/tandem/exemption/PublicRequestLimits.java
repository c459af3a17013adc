package dev.tandem.exemption;

import java.util.OptionalLong;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The limit on public verification requests per client address ({@code tandem.verify.burst} at once, then one every
 * {@code tandem.verify.refill-seconds}). The address is the connection's: a forwarded-for header is the client's
 * word and would let it choose its own bucket.
 */
@Component
class PublicRequestLimits {

    private static final int MAX_CLIENTS = 10_000;

    private final PublicRequestLimiter limiter;

    PublicRequestLimits(@Value("${tandem.verify.burst:30}") int burst,
                        @Value("${tandem.verify.refill-seconds:2}") int refillSeconds) {
        this.limiter = new PublicRequestLimiter(burst, refillSeconds * 1_000_000_000L, MAX_CLIENTS, System::nanoTime);
    }

    /** Lets the request through, or refuses it with the seconds to wait. */
    void check(HttpServletRequest request) {
        OptionalLong wait = limiter.acquire(request.getRemoteAddr());
        if (wait.isPresent()) {
            throw new TooManyRequestsException(wait.getAsLong());
        }
    }
}
