package org.sifara.facts;

/**
 * A post (office held by a person), tied to the organisation or state it is in.
 *
 * @param cameo the CAMEO actor code of whoever holds it ({@code PAKGOV}), or null
 */
public record Post(String id, Labels label, AltLabels alt, String in, String cameo, SourcePosition at) {}
