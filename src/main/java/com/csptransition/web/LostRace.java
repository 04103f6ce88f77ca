package com.csptransition.web;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.LockAcquisitionException;
import org.springframework.dao.ConcurrencyFailureException;

/** Two requests raced for the same data and this one lost, as the engine, Hibernate or Spring say it: a 409. */
public final class LostRace {

    private static final Set<String> LOST_LOCK_WAITS = Set.of("40001", "40P01", "55P03", "HYT00");

    private LostRace() {
    }

    public static boolean is(Throwable cause) {
        return cause instanceof OptimisticLockingException || cause instanceof ConcurrencyFailureException
                || cause instanceof OptimisticLockException || cause instanceof StaleStateException
                // untranslated (thrown inside an engine command): a lock wait lost, PostgreSQL's serialization
                // failure, deadlock victim or lock wait longer than lock_timeout (55P03, when the operator sets one),
                // H2's lock wait longer than its LOCK_TIMEOUT (HYT00, 1 s by default; LockTimeoutTest);
                // Hibernate's own PessimisticLockException is a LockAcquisitionException
                || cause instanceof PessimisticLockException || cause instanceof LockTimeoutException
                || cause instanceof LockAcquisitionException
                || cause instanceof SQLException sql && LOST_LOCK_WAITS.contains(String.valueOf(sql.getSQLState()));
    }
}
