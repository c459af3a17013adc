package dev.tandem.casefile.itemlist;

/**
 * Which way an item crosses the line: {@link #TO} the DPRK (the usual case, and the default) or {@link #FROM} it.
 * In an item list it is written TO/FROM, "to DPRK"/"from DPRK", export/import, or 반출/반입.
 */
public enum ItemDirection {
    TO, FROM
}
