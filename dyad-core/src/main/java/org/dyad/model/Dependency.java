package org.dyad.model;

/**
 * A Universal Dependencies relation between two tokens of one sentence.
 *
 * @param head     index of the governing token, or -1 for the root
 * @param dep      index of the dependent token
 * @param relation the UD relation, e.g. "nsubj", "obj", "obl", "nmod:poss", "compound:prt"
 */
public record Dependency(int head, int dep, String relation) {}
