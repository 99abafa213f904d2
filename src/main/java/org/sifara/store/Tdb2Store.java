package org.sifara.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.sifara.SifaraException;

/**
 * One generation of a store on disk ({@link StoreDirectory}): a TDB2 database that
 * {@code sifara build} wrote, opened for reading while this object lives. Queries run on TDB2's own
 * engine over the union of the named graphs; the generation is held (its {@link GenerationLock})
 * until {@link #close}, so that no build writes it meanwhile.
 */
public final class Tdb2Store implements TripleStore {

    private final String generation;
    private final Path directory;
    private final GenerationLock lock;
    private final DatasetGraph dataset;
    private final DatasetGraph forPages;
    private final String identity;
    private final Optional<Path> record;
    private boolean closed;

    private Tdb2Store(StoreDirectory store, String generation, GenerationLock lock) {
        this.generation = generation;
        this.directory = store.generation(generation);
        this.lock = lock;
        this.dataset = DatabaseMgr.connectDatasetGraph(store.database(generation).toString());
        this.forPages = UnionDefaultGraph.over(dataset);
        this.record = Txn.calculateRead(dataset, () -> BuildRecord.named(dataset, directory));
        this.identity = generation + "/" + record.map(p -> p.getFileName().toString()).orElse("unrecorded");
    }

    /**
     * Opens the generation CURRENT names, waiting up to {@code wait} if a build is writing it.
     *
     * @throws SifaraException if the store has no generation yet, or it stays in use
     */
    public static Tdb2Store openCurrent(StoreDirectory store, Duration wait) {
        String generation = store.current().orElseThrow(() -> new SifaraException("sifara: " + store.path()
                + " holds no store yet; write one with: sifara build --store " + store.path()));
        return open(store, generation, wait);
    }

    /** Opens one generation that the caller has taken ({@link StoreDirectory#tryUse}); closing the store lets go of it. */
    public static Tdb2Store openTaken(StoreDirectory store, String generation, GenerationLock lock) {
        try {
            return new Tdb2Store(store, generation, lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Opens one generation, waiting up to {@code wait} if someone else has it. */
    public static Tdb2Store open(StoreDirectory store, String generation, Duration wait) {
        GenerationLock lock = store.use(generation, wait);
        try {
            return new Tdb2Store(store, generation, lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    public String generation() {
        return generation;
    }

    /** The build record of this generation, if a finished build wrote one. */
    public Optional<Path> record() {
        return record;
    }

    /** The database itself, for a build's writes (inside its transactions) and statistics. */
    public DatasetGraph dataset() {
        return dataset;
    }

    @Override
    public DatasetGraph unionView() {
        return UnionDefaultGraph.over(dataset);
    }

    @Override
    public <T> T query(Query query, Function<QueryExec, T> reader) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(forPages).query(query).build()) {
                return reader.apply(exec);
            }
        });
    }

    @Override
    public String identity() {
        return identity;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            TDBInternal.expel(dataset);
        } finally {
            lock.close();
        }
    }
}
