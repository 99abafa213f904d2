package org.sifara.facts;

import java.math.BigDecimal;

/**
 * A monetary value as the text gives it.
 *
 * @param kind the bound kind in kebab case ({@code exclusive-lower-bound})
 * @param verbatim the phrase exactly as the text writes it; it is also the value's evidence
 */
public record ValueFact(String kind, BigDecimal amount, String currency, Quote verbatim, SourcePosition at) {}
