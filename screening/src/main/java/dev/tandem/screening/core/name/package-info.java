/**
 * Name normalisation: a pipeline of single-purpose {@link dev.tandem.screening.core.name.NameStep}s run by the
 * {@link dev.tandem.screening.core.name.NameAnalyzer}, and the table of organisation legal forms.
 */
package dev.tandem.screening.core.name;
