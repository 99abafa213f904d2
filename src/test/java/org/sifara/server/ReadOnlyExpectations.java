package org.sifara.server;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.sifara.server.ProtocolManifest.Entry;
import org.sifara.server.ProtocolManifest.Expected;
import org.sifara.server.ProtocolManifest.Request;

/**
 * What Sifara's read-only endpoint must answer, where that differs from the manifest (which
 * describes an endpoint that also takes updates). Every update request is refused with a 4xx,
 * whatever the manifest expects. A query that follows a refused update in the same entry checks
 * the update's effect; as nothing changed, its ASK answer must be the opposite of the manifest's.
 */
final class ReadOnlyExpectations {

    static final Expected REFUSED = new Expected(List.of(4), Optional.empty(), Optional.empty());

    private ReadOnlyExpectations() {}

    static Expected of(Entry entry, Request request, boolean updateRefusedEarlier) {
        if (isUpdate(entry, request)) {
            return REFUSED;
        }
        Expected manifest = request.expected();
        if (updateRefusedEarlier && manifest.booleanResult().isPresent()) {
            return new Expected(manifest.statusClasses(), manifest.format(), manifest.booleanResult().map(b -> !b));
        }
        return manifest;
    }

    /**
     * A SPARQL Update (sent directly, or as an {@code update} parameter in the URL or a form body),
     * or any request of an update entry that is not plainly a query.
     */
    static boolean isUpdate(Entry entry, Request request) {
        boolean update = mediaType(request).equals("application/sparql-update") || hasParameter(request, "update");
        boolean query = mediaType(request).equals("application/sparql-query") || hasParameter(request, "query");
        return update || entry.isUpdateEntry() && !query;
    }

    private static String mediaType(Request request) {
        return request.header("content-type").map(t -> t.split(";")[0].strip().toLowerCase(Locale.ROOT)).orElse("");
    }

    /** In the query string, or in a body that is (or, without a media type, may be) a form. */
    private static boolean hasParameter(Request request, String name) {
        int q = request.absolutePath().indexOf('?');
        if (q >= 0 && names(request.absolutePath().substring(q + 1)).contains(name)) {
            return true;
        }
        String type = mediaType(request);
        boolean form = type.isEmpty() || type.equals("application/x-www-form-urlencoded");
        return form && request.body().map(b -> names(b.chars()).contains(name)).orElse(false);
    }

    private static List<String> names(String formData) {
        return Arrays.stream(formData.split("&"))
                .map(pair -> URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8))
                .toList();
    }
}
