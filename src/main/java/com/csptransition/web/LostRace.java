package com.csptransition.web;

import jakarta.persistence.OptimisticLockException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.hibernate.StaleStateException;
import org.springframework.dao.ConcurrencyFailureException;

/** Two requests raced for the same data and this one lost, as the engine, Hibernate or Spring say it: a 409. */
public final class LostRace {

    private LostRace() {
    }

    public static boolean is(Throwable cause) {
        return cause instanceof OptimisticLockingException || cause instanceof ConcurrencyFailureException
                || cause instanceof OptimisticLockException || cause instanceof StaleStateException;
    }
}
