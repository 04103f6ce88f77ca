package com.csptransition.web;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.LockAcquisitionException;
import org.springframework.dao.ConcurrencyFailureException;

/** Two requests raced for the same data and this one lost, as the engine, Hibernate or Spring say it: a 409. */
public final class LostRace {

    private LostRace() {
    }

    public static boolean is(Throwable cause) {
        return cause instanceof OptimisticLockingException || cause instanceof ConcurrencyFailureException
                || cause instanceof OptimisticLockException || cause instanceof StaleStateException
                // untranslated (thrown inside an engine command): a lock wait lost, PostgreSQL's serialization
                // failure or deadlock victim; Hibernate's own PessimisticLockException is a LockAcquisitionException
                || cause instanceof PessimisticLockException || cause instanceof LockTimeoutException
                || cause instanceof LockAcquisitionException
                || cause instanceof SQLException sql && ("40001".equals(sql.getSQLState())
                        || "40P01".equals(sql.getSQLState()));
    }
}
