package dev.tandem.forum;

/**
 * Which cases a charter brings to the forum: all of them (the working group of 2018), or only those the rules
 * call for, letting a party proceed alone on the rest after notifying its partner ("Working Group 2.0").
 */
public enum CaseRouting {
    JOINT_REVIEW_OF_ALL_CASES, SELECTIVE
}
