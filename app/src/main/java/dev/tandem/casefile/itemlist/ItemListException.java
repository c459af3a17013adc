package dev.tandem.casefile.itemlist;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import dev.tandem.common.InvalidInputException;

/**
 * An item list that was refused whole. It carries every problem found (up to {@link #MAX_PROBLEMS}), each with
 * its row and column, so the applicant can fix the file in one go. The field is {@code itemList}. Each problem is a
 * message key with arguments, said in the reader's language; {@link Problem#toString()} is the English text.
 */
public class ItemListException extends InvalidInputException {

    public static final int MAX_PROBLEMS = 50;

    private final List<Problem> problems;
    private final boolean moreProblems;

    ItemListException(List<Problem> problems, boolean moreProblems) {
        super("itemList", problems.size() == 1 && !moreProblems ? "refusal.itemList.one"
                        : moreProblems ? "refusal.itemList.more" : "refusal.itemList.many",
                problems.size() == 1 && !moreProblems ? List.of() : problems,
                summaryArguments(problems, moreProblems));
        this.problems = List.copyOf(problems);
        this.moreProblems = moreProblems;
    }

    private static Object[] summaryArguments(List<Problem> problems, boolean more) {
        if (problems.size() == 1 && !more) {
            return new Object[] {problems.get(0)};
        }
        return more ? new Object[] {String.valueOf(MAX_PROBLEMS), String.valueOf(problems.size())}
                : new Object[] {String.valueOf(problems.size())};
    }

    /** The problems in the order found: the header's first, then row by row in the order of Annex II's columns. */
    public List<Problem> problems() {
        return problems;
    }

    /** True when there were more than {@link #MAX_PROBLEMS} problems and only the first ones are listed. */
    public boolean hasMoreProblems() {
        return moreProblems;
    }

    /**
     * One thing to fix.
     *
     * @param row    spreadsheet row number or CSV line; 0 when the problem is the whole file
     * @param column the column's name as the file's header row writes it; {@code null} for a whole row or file
     * @param key    the message key of what is wrong ("'12,5 boxes' is not a number")
     * @param args   its arguments
     */
    public record Problem(int row, String column, String key, Object... args) implements MessageSourceResolvable {

        public Problem {
            args = args.clone();
        }

        /** What is wrong, without row and column. */
        public MessageSourceResolvable what() {
            return new DefaultMessageSourceResolvable(new String[] {key}, args.clone(), key);
        }

        /** What is wrong in English, without row and column. */
        public String reason() {
            return InvalidInputException.inEnglish(key, args);
        }

        @Override
        public String[] getCodes() {
            return new String[] {row <= 0 ? key : column == null ? "refusal.itemList.atRow" : "refusal.itemList.at"};
        }

        @Override
        public Object[] getArguments() {
            if (row <= 0) {
                return args.clone();
            }
            return column == null ? new Object[] {String.valueOf(row), what()}
                    : new Object[] {String.valueOf(row), column, what()};
        }

        @Override
        public String getDefaultMessage() {
            return getCodes()[0];
        }

        /** "row 7, column Quantity: '12 boxes' is not a number", "row 3: …", or the reason alone for the file. */
        @Override
        public String toString() {
            return new InvalidInputException("itemList", this).reason();
        }
    }
}
