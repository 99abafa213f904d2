package org.sifara.pages;

/**
 * An amount with its bound, written for people: "more than US$4,000,000,000",
 * "أكثر من 4٬000٬000٬000 دولار". The bound's words come from the bound kind (exact, approximate,
 * inclusive or exclusive, lower or upper); a currency without words of its own keeps its code.
 */
public final class AmountText {

    private AmountText() {}

    public static String of(FactQueries.Amount amount, Messages messages, Lang lang) {
        String number = Numbers.grouped(amount.number(), lang);
        String currencyKey = "currency_" + amount.currency();
        String money = amount.currency().isEmpty() ? number
                : messages.has(lang, currencyKey) ? messages.format(lang, currencyKey, number)
                : messages.format(lang, "currency_other", number, amount.currency());
        String boundKey = "bound_" + amount.boundKind();
        return messages.has(lang, boundKey) ? messages.format(lang, boundKey, money) : money;
    }
}
