package org.sifara.query;

/** One page of a saved query's answer, and whether another page follows it. */
public record PagedAnswer(Answer answer, Paging paging, boolean hasNext) {}
