package org.sifara.pages;

import java.math.BigDecimal;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.sifara.publish.Labeler;

/**
 * Turns RDF terms into {@link Value}s for a page in one language: a resource by its label in that
 * language (else the other one, marked as such), linked to its page on this server; a date or a
 * number written for people; a text in its own language and direction.
 */
public final class Values {

    private final Labeler labeler;
    private final Messages messages;
    private final Links links;
    private final View view;
    private final DateText dates;

    public Values(Site site, View view) {
        this.labeler = site.pub().labeler();
        this.messages = site.messages();
        this.links = new Links(site.pub().base());
        this.view = view;
        this.dates = new DateText(site.messages(), view.lang());
    }

    public View view() {
        return view;
    }

    public DateText dates() {
        return dates;
    }

    /** Where a link to this IRI goes from this page: a local path (keeping the page's language) or the IRI. */
    public String href(String iri) {
        String href = links.href(iri);
        return href != null && href.startsWith("/") ? view.local(href) : href;
    }

    /** The label of a resource in the page's language, else what there is. */
    public String label(Node node) {
        return shown(node).text();
    }

    /**
     * The label in the page's language: the data's, else the interface's words for a reused term
     * ({@code sem:Event}), else the data's in the other language, else a prefixed name.
     */
    private Labeler.Shown shown(Node node) {
        Labeler.Shown shown = labeler.labelIn(node, view.lang().code());
        if (!shown.lang().equals(view.lang().code()) && node.isURI()) {
            var words = messages.term(view.lang(), labeler.shortName(node), false);
            if (words.isPresent()) {
                return new Labeler.Shown(words.get(), view.lang().code());
            }
        }
        return shown;
    }

    /** The words for what hedges a fact ("reported by a source · under negotiation"); empty for none. */
    public String hedge(java.util.List<Node> concepts) {
        return concepts == null ? "" : String.join(" · ", concepts.stream().map(this::label).toList());
    }

    /**
     * Looks up the labels of {@code nodes} at once (a query per two hundred), before a page shows
     * them one by one: over a remote store, one query instead of one for each.
     */
    public void preload(java.util.Collection<Node> nodes) {
        labeler.preload(nodes.stream().filter(Node::isURI).distinct().toList());
    }

    public Value of(Node node) {
        if (node.isURI()) {
            Labeler.Shown shown = shown(node);
            String lang = shown.lang().isEmpty() || shown.lang().equals(view.lang().code()) ? null : shown.lang();
            boolean code = shown.lang().isEmpty();
            return new Value(shown.text(), href(node.getURI()), lang, lang == null ? null : dirOf(lang), null, code);
        }
        if (node.isLiteral()) {
            return literal(node);
        }
        return Value.text(node.toString());
    }

    private Value literal(Node node) {
        String lexical = node.getLiteralLexicalForm();
        String lang = node.getLiteralLanguage();
        if (!lang.isEmpty()) {
            boolean same = lang.equalsIgnoreCase(view.lang().code());
            return new Value(lexical, null, same ? null : lang, same ? null : dirOf(lang), null, false);
        }
        String type = node.getLiteralDatatypeURI();
        if (XSDDatatype.XSDdate.getURI().equals(type) || XSDDatatype.XSDdateTime.getURI().equals(type)) {
            return DateText.parse(lexical).map(d -> Value.text(dates.day(d))).orElse(Value.text(lexical));
        }
        if (type != null && (type.endsWith("#decimal") || type.endsWith("#integer") || type.endsWith("#nonNegativeInteger")
                || type.endsWith("#int") || type.endsWith("#long"))) {
            try {
                return Value.text(Numbers.grouped(new BigDecimal(lexical), view.lang()));
            } catch (NumberFormatException e) {
                return Value.text(lexical);
            }
        }
        return new Value(lexical, null, null, null, null, false);
    }

    private static String dirOf(String lang) {
        return Lang.isRightToLeft(lang) ? "rtl" : "ltr";
    }
}
