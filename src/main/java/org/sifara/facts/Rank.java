package org.sifara.facts;

/** A military rank, kept apart from posts; {@code broader} is the general rank it qualifies. */
public record Rank(String id, Labels label, AltLabels alt, String broader, SourcePosition at) {}
