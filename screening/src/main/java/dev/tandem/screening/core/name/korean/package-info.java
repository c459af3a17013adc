/**
 * Korean names: Hangul syllable arithmetic, the romanisation tables (Revised, McCune–Reischauer, customary and North
 * Korean spellings of every Hangul syllable), family names, the initial-sound rule, and reading a name as family name
 * plus ordered given-name syllables.
 */
package dev.tandem.screening.core.name.korean;
