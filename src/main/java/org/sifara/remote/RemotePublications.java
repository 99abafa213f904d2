package org.sifara.remote;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.sifara.SifaraException;
import org.sifara.config.BaseIri;
import org.sifara.config.QueryLimits;
import org.sifara.publish.DatasetDownload;
import org.sifara.publish.Download;
import org.sifara.publish.Publication;
import org.sifara.publish.PolledPublications;
import org.sifara.rdf.BlockWriter;
import org.sifara.rdf.RdfForm;
import org.sifara.store.StoreUnavailableException;
import org.sifara.vocab.Prefixes;

/**
 * What a remote store publishes over time ({@code sifara serve --sparql URL}): the publication its
 * state describes ({@link PublicationState}) when the server starts, and a new one each time a
 * publish changes that state, which is looked at every {@code refresh}. Each publication has its
 * own caches, so what a server keeps is never older than the store's content by more than that.
 * Any number of servers can stand in front of one store this way: they share nothing but it.
 */
public final class RemotePublications extends PolledPublications {

    private final SparqlClient client;
    private final RemoteState state;
    private final QueryLimits limits;

    private RemotePublications(SparqlClient client, RemoteState state, QueryLimits limits, Duration refresh, RemoteState.Snapshot snapshot) {
        super("the store at " + client.endpoint(), refresh, opened(client, state, limits, snapshot));
        this.client = client;
        this.state = state;
        this.limits = limits;
    }

    /**
     * Reads what the store at {@code endpoint} publishes for {@code base}.
     *
     * @throws SifaraException when the store cannot be read or holds no publication for the base
     */
    public static RemotePublications open(String endpoint, BaseIri base, QueryLimits limits, Duration refresh) {
        return open(endpoint, base, limits, refresh, text -> { });
    }

    /**
     * As {@link #open(String, BaseIri, QueryLimits, Duration)}, with {@code sent} hearing the text of
     * every query sent to the store (the benchmark replays them against the store directly).
     */
    public static RemotePublications open(String endpoint, BaseIri base, QueryLimits limits, Duration refresh, Consumer<String> sent) {
        SparqlClient client = new SparqlClient(endpoint, SparqlClient.MAX_ANSWER_BYTES, sent);
        RemoteState state = new RemoteState(client, base, limits.timeout());
        Optional<RemoteState.Snapshot> snapshot;
        try {
            snapshot = state.read();
        } catch (StoreUnavailableException | org.apache.jena.query.QueryCancelledException e) {
            throw new SifaraException("sifara: " + (e.getMessage() == null
                    ? "the store at " + endpoint + " did not answer within " + limits.timeout().toSeconds() + " s" : e.getMessage()), e);
        }
        if (snapshot.isEmpty()) {
            throw new SifaraException("sifara: the store at " + endpoint + " holds no Sifara publication for the base " + base
                    + " (no graph <" + PublicationState.graphName(base).getURI() + ">); send one first with sifara publish --gsp URL");
        }
        return new RemotePublications(client, state, limits, refresh, snapshot.get());
    }

    @Override
    protected Optional<String> identityNow() {
        return state.identity();
    }

    @Override
    protected Optional<Opened> open(String identity) {
        return state.read().map(snapshot -> opened(client, state, limits, snapshot));
    }

    private static Opened opened(SparqlClient client, RemoteState state, QueryLimits limits, RemoteState.Snapshot snapshot) {
        BaseIri base = state.base();
        BlockWriter writer = new BlockWriter(Prefixes.forBase(base));
        Map<RdfForm, DatasetDownload> downloads = new EnumMap<>(RdfForm.class);
        for (RdfForm form : RdfForm.values()) {
            downloads.put(form, new StreamedDownload(client, limits.timeout(), form, snapshot.graphs(), writer,
                    etag(snapshot.identity(), form)));
        }
        RemoteStore store = new RemoteStore(client, limits.timeout(), snapshot.identity());
        Instant modified = snapshot.modified() != null ? snapshot.modified() : Instant.now();
        return new Opened(snapshot.identity(), Publication.of(base, store, modified, downloads, snapshot.figures()));
    }

    private static String etag(String identity, RdfForm form) {
        return Download.etag((identity + " " + form.extension()).getBytes(StandardCharsets.UTF_8));
    }
}
