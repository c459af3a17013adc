package dev.tandem.forum;

/**
 * A terminated forum handed its open work to its successor. Modules that hold work of a forum (cases, agenda)
 * move it when they hear this, keeping its history.
 */
public record ForumHandedOver(String forumCode, String successorCode) {
}
