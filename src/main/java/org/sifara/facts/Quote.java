package org.sifara.facts;

/**
 * Words copied verbatim from the article as evidence for a fact.
 *
 * @param occurrence which occurrence is meant (1-based) when the words occur more than once;
 *     0 means the words must occur exactly once
 */
public record Quote(String exact, int occurrence, SourcePosition at) {}
