package dev.tandem.forum;

import java.util.List;

/**
 * Implemented by each module that holds work of a forum (reviews and procedures, agenda items, exemption
 * requests): the forum is not terminated without a successor while any of them reports open work.
 */
public interface ForumOpenWork {

    /** Short descriptions of the forum's open items held by the implementing module; empty when none. */
    List<String> openWork(String forumCode);
}
