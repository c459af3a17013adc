package dev.tandem.casefile;

import java.util.List;

/**
 * One page of cases, newest first (or best first for a search), with the number of cases on all pages.
 *
 * @param page  from 0
 * @param size  rows per page
 * @param total cases on all pages together
 */
public record CasePage(List<CaseSummary> cases, int page, int size, long total) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    public int pages() {
        return total == 0 ? 1 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
