package dev.tandem.forum;

import java.util.List;

public interface ForumOpenWork { List<String> openWork(String forumCode); }
