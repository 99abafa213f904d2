package org.sifara.server;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/** The {@code ?page=N} of a paged document or listing: 1 when absent; empty when not a whole number from 1. */
final class PageParameter {

    /** Pages past this are refused: a crawler's page 10^9 would only make the store sort for nothing. */
    static final int MAX_PAGE = 1_000_000;

    private PageParameter() {}

    static Optional<Integer> of(HttpServletRequest req) {
        String[] values;
        try {
            values = req.getParameterMap().get("page");
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (values == null) {
            return Optional.of(1);
        }
        if (values.length != 1 || !values[0].matches("[1-9][0-9]{0,6}")) {
            return Optional.empty();
        }
        int page = Integer.parseInt(values[0]);
        return page <= MAX_PAGE ? Optional.of(page) : Optional.empty();
    }
}
