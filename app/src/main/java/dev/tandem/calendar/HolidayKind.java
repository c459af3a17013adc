package dev.tandem.calendar;

/** Why a day is a public holiday of a party. */
public enum HolidayKind {
    /** A holiday the law names every year (fixed date, lunar date or a weekday rule), on the day it is observed. */
    STATUTORY,
    /** A day given in place of a holiday that fell on a weekend or on another holiday (ROK rules of each year). */
    SUBSTITUTE,
    /** A polling day of a national election. */
    ELECTION,
    /** A holiday designated once by the government (ROK temporary holiday, US closure by executive order). */
    TEMPORARY
}
