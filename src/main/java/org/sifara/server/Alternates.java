package org.sifara.server;

import java.util.List;

import org.sifara.pages.ResourcePage;
import org.sifara.rdf.RdfForm;

/** The other forms of a document, for a page's head and footer. */
final class Alternates {

    private Alternates() {}

    static List<ResourcePage.Alternate> of(String pathWithoutExtension) {
        return RdfForm.graphForms().stream()
                .map(r -> new ResourcePage.Alternate(r.label(), r.mediaType(), pathWithoutExtension + "." + r.extension()))
                .toList();
    }
}
