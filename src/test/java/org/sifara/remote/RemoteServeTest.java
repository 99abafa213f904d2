package org.sifara.remote;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import org.sifara.config.BaseIri;
import org.sifara.config.QueryLimits;
import org.sifara.testing.EveryRoute;
import org.sifara.testing.PlainFusekiStore;
import org.sifara.testing.SameAnswers;
import org.sifara.testing.TestData;
import org.sifara.testing.TestServer;

/**
 * {@code sifara serve --sparql} over a second, plain Fuseki (TDB2) that {@code sifara publish}
 * sent the seed to: every route answers as the embedded server's does, the pages byte for byte,
 * the data value for value.
 */
class RemoteServeTest {

    static final BaseIri BASE = BaseIri.defaultBase();

    @RegisterExtension
    static final TestServer embedded = TestServer.seed();
    static PlainFusekiStore store;
    static TestServer remote;

    @BeforeAll
    static void publishAndServe() throws Exception {
        store = PlainFusekiStore.start();
        new GraphStorePush(store.graphStore(), Optional.empty()).push(TestData.seed().dataset(), BASE, TestServer.PUBLISHED);
        remote = TestServer.serving(RemotePublications.open(store.sparql(), BASE, QueryLimits.defaults(), Duration.ofSeconds(30)),
                TestServer.defaults()).started();
    }

    @AfterAll
    static void stop() {
        if (remote != null) {
            remote.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void everyRouteAnswersAsTheEmbeddedServerDoes() {
        List<EveryRoute.Route> routes = EveryRoute.ofSeed();
        assertTrue(routes.size() > 100, "every kind of route of the seed: " + routes.size());
        List<Executable> checks = new ArrayList<>();
        for (EveryRoute.Route r : routes) {
            checks.add(() -> SameAnswers.assertSame(embedded, remote, r.path(), r.accept()));
        }
        assertAll(checks);
    }
}
