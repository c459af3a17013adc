package dev.tandem.casefile.itemlist;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one file; it keeps the first {@link ItemListException#MAX_PROBLEMS} and counts the rest. */
final class Problems {

    private final List<ItemListException.Problem> found = new ArrayList<>();
    private boolean more;

    void add(int row, String column, String key, Object... args) {
        if (found.size() < ItemListException.MAX_PROBLEMS) {
            found.add(new ItemListException.Problem(row, column, key, args));
        } else {
            more = true;
        }
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ItemListException(found, more);
        }
    }

    /** A reason to be said later, in the reader's language. */
    static org.springframework.context.MessageSourceResolvable reason(String key, Object... args) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable(new String[] {key}, args, key);
    }

    /** The whole file is refused for one reason. */
    static ItemListException file(String key, Object... args) {
        return new ItemListException(List.of(new ItemListException.Problem(0, null, key, args)), false);
    }
}
