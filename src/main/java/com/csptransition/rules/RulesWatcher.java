package com.csptransition.rules;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Reloads the rules when an analyst saves a file in the rules folder; a file that does not compile is logged and ignored. */
@Component
@ConditionalOnProperty(name = "csp.rules.watch", havingValue = "true", matchIfMissing = true)
class RulesWatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RulesWatcher.class);
    private static final long SETTLE_MILLIS = 300; // editors save in several writes

    private final RulesEngine engine;
    private final RulesProperties properties;
    private WatchService watchService;

    RulesWatcher(RulesEngine engine, RulesProperties properties) {
        this.engine = engine;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() throws IOException {
        watchService = FileSystems.getDefault().newWatchService();
        properties.directory().register(watchService, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
        Thread thread = new Thread(this::watch, "rules-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watchService.take();
                do { // drain the burst of events one save makes
                    key.pollEvents();
                    key.reset();
                    key = watchService.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS);
                } while (key != null);
                try {
                    engine.reload("rules-watcher");
                } catch (RuleCompilationException e) {
                    log.error("{}\nThe previous rules keep serving.", e.getMessage());
                } catch (RuntimeException e) {
                    log.error("Reloading the rules failed; the previous rules keep serving.", e);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void destroy() throws IOException {
        if (watchService != null) {
            watchService.close();
        }
    }
}
