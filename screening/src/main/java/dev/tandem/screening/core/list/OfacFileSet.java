package dev.tandem.screening.core.list;

import java.nio.file.Path;

/**
 * The files of one OFAC legacy CSV set, found beside the primary file by OFAC's own names: {@code sdn.csv}
 * with {@code add.csv}, {@code alt.csv}, {@code sdn_comments.csv}; or the consolidated (non-SDN)
 * {@code cons_prim.csv} with {@code cons_add.csv}, {@code cons_alt.csv}, {@code cons_comments.csv}. Only
 * names the files; whether they exist is checked when they are read.
 */
record OfacFileSet(Path primary, Path addresses, Path aliases, Path comments) {

    static OfacFileSet beside(Path primary) {
        Path name = primary.getFileName();
        String prefix = name != null && name.toString().startsWith("cons_") ? "cons_" : "";
        String comments = prefix.isEmpty() ? "sdn_comments.csv" : "cons_comments.csv";
        return new OfacFileSet(primary, primary.resolveSibling(prefix + "add.csv"),
                primary.resolveSibling(prefix + "alt.csv"), primary.resolveSibling(comments));
    }
}
