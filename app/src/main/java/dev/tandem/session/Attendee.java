package dev.tandem.session;

/** Who attended a session for a party, by name and role ("Co-chair", "Director-General"). */
public record Attendee(String party, String person, String role) {
}
