package org.sifara.facts;

import java.util.List;
import java.util.Map;

/**
 * A person, organisation, state, territory, place or source: from the shared registry, or local to one
 * article (an anonymous source, a delegation). Optional fields are null or empty.
 *
 * @param partOf the organisation this one belongs to (org:subOrganizationOf)
 * @param in for places, the place that contains it; for organisations, the territory it is based in
 * @param territoryOf for a territory, the state whose territory it is
 * @param codes the state's ISO 3166-1 alpha-3 code and an agent's CAMEO actor code, where given
 * @param links verified external identifiers by scheme ({@code wikidata}, {@code geonames})
 * @param note an editorial note, e.g. why a contested name is kept apart
 */
public record Entity(
        String id,
        EntityType type,
        Labels label,
        AltLabels alt,
        String rank,
        String partOf,
        String mandatedBy,
        String in,
        String territoryOf,
        ActorCodes codes,
        Map<String, String> links,
        Labels note,
        List<String> seeAlso,
        SourcePosition at) {

    public Entity {
        links = Map.copyOf(links);
        seeAlso = List.copyOf(seeAlso);
    }
}
