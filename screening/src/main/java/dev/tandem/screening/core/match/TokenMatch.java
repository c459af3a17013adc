package dev.tandem.screening.core.match;

/** The outcome of comparing two tokens: the rule that made them equal and how similar they are. */
record TokenMatch(Rule rule, double similarity) {

    static final TokenMatch EXACT = new TokenMatch(Rule.EXACT, 1.0);
}
