package org.sifara.facts;

/** A name or title in Arabic (as the article writes it) and in English. */
public record Labels(String ar, String en) {}
