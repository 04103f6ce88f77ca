package com.csptransition.decision;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the decisions of refused actions: their transaction rolled back, so each request's are stored again once
 * the request is done with the database, in a transaction of their own.
 */
@Component
public class RolledBackDecisions extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RolledBackDecisions.class);
    private static final ThreadLocal<List<Supplier<DecisionRecord>>> PENDING = new ThreadLocal<>();

    private final DecisionRepository decisions;
    private final TransactionTemplate transactions;

    public RolledBackDecisions(DecisionRepository decisions, TransactionTemplate transactions) {
        this.decisions = decisions;
        this.transactions = transactions;
    }

    void keep(Supplier<DecisionRecord> decision) {
        List<Supplier<DecisionRecord>> pending = PENDING.get();
        if (pending == null) { // not in a request: a scheduler or the job executor; their refusals are logged only
            log.warn("Decision {} rolled back outside a request; not kept", decision.get().getKind());
            return;
        }
        pending.add(decision);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<Supplier<DecisionRecord>> pending = new ArrayList<>();
        PENDING.set(pending);
        try {
            chain.doFilter(request, response);
        } finally {
            store();
            PENDING.remove();
        }
    }

    /**
     * Runs work off a request's thread (a board's bulk start runs each customer's request on a thread of its own),
     * keeping its rolled-back decisions as a request does: stored once work is done with the database.
     */
    public <T> T keepingRefused(Supplier<T> work) {
        if (PENDING.get() != null) {
            return work.get();
        }
        PENDING.set(new ArrayList<>());
        try {
            return work.get();
        } finally {
            try {
                store();
            } finally {
                PENDING.remove();
            }
        }
    }

    /** Stores this request's rolled-back decisions now; called before a refusal is answered, and at the end. */
    public void store() {
        List<Supplier<DecisionRecord>> pending = PENDING.get();
        if (pending != null && !pending.isEmpty()) {
            List<Supplier<DecisionRecord>> batch = List.copyOf(pending);
            pending.clear();
            transactions.executeWithoutResult(s -> batch.forEach(d -> decisions.save(d.get())));
        }
    }
}
