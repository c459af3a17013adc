/**
 * Screening names against list versions: the immutable {@link dev.tandem.screening.core.match.ScreeningIndex}, the
 * comparisons behind {@link dev.tandem.screening.core.match.NameMatcher}, and hits that explain themselves.
 */
package dev.tandem.screening.core.match;
