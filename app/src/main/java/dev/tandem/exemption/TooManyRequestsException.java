package dev.tandem.exemption;

/** A client asked the public verification more often than its bucket allows; it may ask again after the wait. */
class TooManyRequestsException extends RuntimeException {

    private final long retryAfterSeconds;

    TooManyRequestsException(long retryAfterSeconds) {
        super("too many requests; retry after " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
