package dev.tandem.forum;

/** What sort of standing body a forum is. */
public enum ForumKind {
    WORKING_GROUP, DG_CONSULTATION, ENVOY_CHANNEL, LIAISON_OFFICE
}
