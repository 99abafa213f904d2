package org.sifara.pages;

import org.sifara.publish.Listing;
import org.sifara.publish.Listings;

/**
 * {@code /list/<kind>?page=N}: one page of the people, organisations, events, agreements,
 * statements or articles of the archive, by label (articles newest first), with links to the
 * pages before and after it.
 */
public final class ListPage {

    private final Links links;

    public ListPage(Links links) {
        this.links = links;
    }

    public String render(Listings.Page page, long total) {
        Listing listing = page.listing();
        StringBuilder b = new StringBuilder("<h1>").append(Html.escape(listing.title())).append("</h1>\n<p class=\"muted\">")
                .append(total).append(" in all · page ").append(page.page()).append(" · ").append(Listings.PER_PAGE)
                .append(" to a page</p>\n<ul>\n");
        for (Listings.Item item : page.items()) {
            String label = item.en() != null ? item.en() : item.ar() != null ? item.ar() : item.resource().getURI();
            b.append("<li>");
            if (item.date() != null) {
                b.append(Html.escape(item.date())).append(" · ");
            }
            String href = links.href(item.resource());
            b.append(href == null ? Html.escape(label) : Html.link(href, Html.escape(label)));
            if (item.ar() != null && item.en() != null) {
                b.append(" <span lang=\"ar\" dir=\"rtl\">").append(Html.escape(item.ar())).append("</span>");
            }
            b.append("</li>\n");
        }
        b.append("</ul>\n<p>");
        if (page.page() > 1) {
            b.append(Html.link(listing.path(page.page() - 1), "previous page"));
        }
        if (page.hasNext()) {
            b.append(page.page() > 1 ? " · " : "").append(Html.link(listing.path(page.page() + 1), "next page"));
        }
        b.append("</p>\n");
        String head = (page.page() > 1 ? "<link rel=\"prev\" href=\"" + Html.escape(listing.path(page.page() - 1)) + "\">\n" : "")
                + (page.hasNext() ? "<link rel=\"next\" href=\"" + Html.escape(listing.path(page.page() + 1)) + "\">\n" : "");
        return Html.page(listing.title() + (page.page() > 1 ? ", page " + page.page() : ""), head, b.toString());
    }
}
