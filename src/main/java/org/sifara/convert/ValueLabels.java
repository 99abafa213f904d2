package org.sifara.convert;

import org.sifara.facts.Labels;
import org.sifara.facts.ValueFact;

/** A readable label for a monetary value, saying its bound: "more than 4000000000 USD". */
final class ValueLabels {

    private ValueLabels() {}

    static Labels of(String boundKind, ValueFact v) {
        String number = v.amount().toPlainString() + " " + v.currency();
        return switch (boundKind) {
            case "ExclusiveLowerBound" -> new Labels("أكثر من " + number, "more than " + number);
            case "InclusiveLowerBound" -> new Labels("لا يقل عن " + number, "at least " + number);
            case "ExclusiveUpperBound" -> new Labels("أقل من " + number, "less than " + number);
            case "InclusiveUpperBound" -> new Labels("لا يزيد على " + number, "at most " + number);
            case "Approximate" -> new Labels("نحو " + number, "about " + number);
            default -> new Labels(number, number);
        };
    }
}
