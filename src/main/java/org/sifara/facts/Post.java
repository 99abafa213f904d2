package org.sifara.facts;

/** A post (office held by a person), tied to the organisation or state it is in. */
public record Post(String id, Labels label, AltLabels alt, String in, SourcePosition at) {}
