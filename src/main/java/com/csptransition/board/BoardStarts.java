package com.csptransition.board;

import com.csptransition.identity.Caller;
import com.csptransition.web.ApiException;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;

/**
 * The page's bulk start, in the background so the page can show its progress: who may start and the selection are
 * checked before anything runs (403, 404 at once), then one request per customer as BulkMove.start makes them. The
 * progress is held by the node that runs the batch, for its user only; the requests themselves are in the database,
 * and starting the same customers again creates nothing twice (a node that stops mid-batch: start them again).
 */
@Service
public class BoardStarts {

    private static final Logger log = LoggerFactory.getLogger(BoardStarts.class);
    private static final int KEPT = 200;

    /** A batch so far: results in the order they became known. */
    public record Progress(String id, String providerTenantId, int total, List<BulkMove.Started> results,
            boolean done) {

        public long count(String result) {
            return results.stream().filter(r -> r.result().equals(result)).count();
        }
    }

    private static final class Batch {
        final String id = UUID.randomUUID().toString();
        final String owner;
        final String provider;
        final int total;
        final List<BulkMove.Started> results = new ArrayList<>();
        boolean done;

        Batch(String owner, String provider, int total) {
            this.owner = owner;
            this.provider = provider;
            this.total = total;
        }
    }

    private final BulkMove move;
    private final ThreadPoolTaskExecutor runner = new ThreadPoolTaskExecutor();
    private final Map<String, Batch> batches = new LinkedHashMap<>();

    BoardStarts(BulkMove move) {
        this.move = move;
        // one batch at a time on this node (BulkMove makes its requests a few at a time)
        runner.setCorePoolSize(1);
        runner.setMaxPoolSize(1);
        runner.setThreadNamePrefix("board-start-");
        runner.initialize();
    }

    /** Checks the caller and the selection now, starts the requests in the background; the batch's id. */
    public String begin(Caller caller, BulkMove.Selection selection) {
        List<BoardRow> plan = move.plan(caller, selection);
        Batch batch = new Batch(caller.userId(), selection.providerTenantId(), plan.size());
        synchronized (batches) {
            batches.put(batch.id, batch);
            while (batches.size() > KEPT) {
                batches.remove(batches.keySet().iterator().next());
            }
        }
        runner.execute(() -> {
            try {
                move.start(caller, plan, started -> {
                    synchronized (batches) {
                        batch.results.add(started);
                    }
                });
            } catch (RuntimeException e) { // the rest are not started; the page says how far it went
                log.error("Bulk start {} stopped after {} of {} customers", batch.id, batch.results.size(), batch.total, e);
            } finally {
                synchronized (batches) {
                    batch.done = true;
                }
            }
        });
        return batch.id;
    }

    /** The caller's own batch, else 404 as any id not found. */
    public Progress progress(Caller caller, String id) {
        synchronized (batches) {
            Batch batch = batches.get(id);
            if (batch == null || !batch.owner.equals(caller.userId())) {
                throw ApiException.notFound("BatchNotFound", "No bulk start " + id + " of yours on this node.");
            }
            return new Progress(batch.id, batch.provider, batch.total, List.copyOf(batch.results), batch.done);
        }
    }

    @PreDestroy
    void stop() {
        runner.shutdown();
    }
}
