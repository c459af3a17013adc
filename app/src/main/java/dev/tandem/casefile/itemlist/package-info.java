/**
 * Reads the itemised list (the Committee's Annex II) that an applicant uploads with a case: CSV or XLSX in,
 * checked {@link dev.tandem.casefile.itemlist.ItemRow}s out, or every problem at once.
 */
package dev.tandem.casefile.itemlist;
