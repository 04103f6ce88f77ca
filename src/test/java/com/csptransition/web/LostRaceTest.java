package com.csptransition.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.stream.Stream;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What counts as a lost race (409, one INFO line) and what stays unexpected (500, ERROR with its stack trace). */
class LostRaceTest {

    static Stream<Arguments> causes() {
        return Stream.of(
                Arguments.of(new OptimisticLockingException("engine"), true),
                Arguments.of(new jakarta.persistence.PessimisticLockException("lock"), true),
                Arguments.of(new jakarta.persistence.LockTimeoutException("lock timeout"), true),
                Arguments.of(new org.hibernate.exception.LockAcquisitionException("lock", new SQLException("x", "HYT00")), true),
                Arguments.of(new SQLException("could not serialize access", "40001"), true),
                Arguments.of(new SQLException("deadlock detected", "40P01"), true),
                Arguments.of(new SQLException("canceling statement due to lock timeout", "55P03"), true),
                Arguments.of(new SQLException("Timeout trying to lock table", "HYT00", 50200), true),
                Arguments.of(new SQLException("no state"), false),
                Arguments.of(new SQLException("value too long", "22001"), false),
                Arguments.of(new ProcessEngineException("a bug"), false),
                Arguments.of(new IllegalStateException("a bug"), false));
    }

    @ParameterizedTest
    @MethodSource("causes")
    void aLostRaceIsKnownByItsCause(Throwable cause, boolean lostRace) {
        assertThat(LostRace.is(cause)).isEqualTo(lostRace);
    }
}
