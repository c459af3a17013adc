package dev.tandem.casefile.itemlist;

import java.util.List;
import java.util.stream.Collectors;

import dev.tandem.common.InvalidInputException;

/**
 * An item list that was refused whole. It carries every problem found (up to {@link #MAX_PROBLEMS}), each with
 * its row and column, so the applicant can fix the file in one go. The field is {@code itemList}.
 */
public class ItemListException extends InvalidInputException {

    public static final int MAX_PROBLEMS = 50;

    private final List<Problem> problems;
    private final boolean moreProblems;

    ItemListException(List<Problem> problems, boolean moreProblems) {
        super("itemList", summary(problems, moreProblems));
        this.problems = List.copyOf(problems);
        this.moreProblems = moreProblems;
    }

    /** The problems in the order found: the header's first, then row by row in the order of Annex II's columns. */
    public List<Problem> problems() {
        return problems;
    }

    /** True when there were more than {@link #MAX_PROBLEMS} problems and only the first ones are listed. */
    public boolean hasMoreProblems() {
        return moreProblems;
    }

    private static String summary(List<Problem> problems, boolean more) {
        if (problems.size() == 1 && !more) {
            return problems.get(0).toString();
        }
        String list = problems.stream().map(Problem::toString).collect(Collectors.joining("; "));
        return (more ? "has more than " + MAX_PROBLEMS + " problems; the first " + problems.size() + ": "
                : "has " + problems.size() + " problems: ") + list;
    }

    /**
     * One thing to fix.
     *
     * @param row    spreadsheet row number or CSV line; 0 when the problem is the whole file
     * @param column the column's name as the file's header row writes it; {@code null} for a whole row or file
     * @param reason what is wrong, for a person ("'12,5 boxes' is not a number")
     */
    public record Problem(int row, String column, String reason) {

        /** "row 7, column Quantity: '12 boxes' is not a number", "row 3: …", or the reason alone for the file. */
        @Override
        public String toString() {
            if (row <= 0) {
                return reason;
            }
            return "row " + row + (column == null ? "" : ", column " + column) + ": " + reason;
        }
    }
}
