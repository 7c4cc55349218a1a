package org.channelcenter.kernel.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import org.channelcenter.kernel.entity.ConcurrentChangeException;
import org.junit.jupiter.api.Test;

/** What a failed write means: only a broken constraint is the declared refusal; a lost race is a concurrent change. */
class WritesTest {

    /** The refusal a boundary declares for its unique key. */
    static final class TakenException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TakenException(Throwable cause) {
            super(cause);
        }
    }

    /** An entity manager whose flush fails as EclipseLink's does: the driver's SQLException deep in the chain. */
    private static EntityManager failingFlush(RuntimeException failure) {
        return (EntityManager) Proxy.newProxyInstance(
                WritesTest.class.getClassLoader(), new Class<?>[] {EntityManager.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("flush")) {
                        throw failure;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static PersistenceException failedStatement(SQLException sql) {
        // EclipseLink: PersistenceException <- DatabaseException <- the driver's SQLException
        return new PersistenceException("Internal Exception", new RuntimeException("DatabaseException", sql));
    }

    @Test
    void aBrokenUniqueKeyIsTheDeclaredRefusal() {
        PersistenceException failure = failedStatement(
                new SQLIntegrityConstraintViolationException("duplicate key value in a unique index", "23505"));

        TakenException refusal = assertThrows(
                TakenException.class, () -> Writes.flushOr(failingFlush(failure), "offer 7", TakenException::new));
        assertSame(failure, refusal.getCause());
    }

    @Test
    void aBrokenCheckConstraintIsTheDeclaredRefusal() {
        PersistenceException failure = failedStatement(new SQLException("check constraint violated", "23513"));

        assertThrows(
                TakenException.class,
                () -> Writes.attempt(
                        () -> {
                            throw failure;
                        },
                        "subscription 3",
                        TakenException::new));
    }

    @Test
    void aLockTimeoutIsAFaultNotARefusal() {
        PersistenceException failure = failedStatement(
                new SQLTransactionRollbackException("A lock could not be obtained within the time requested", "40XL1"));

        assertSame(
                failure,
                assertThrows(
                        PersistenceException.class,
                        () -> Writes.flushOr(failingFlush(failure), "offer 7", TakenException::new)));
    }

    @Test
    void aDeadlockIsAFaultNotARefusal() {
        PersistenceException failure =
                failedStatement(new SQLTransactionRollbackException("deadlock detected", "40001"));

        assertSame(
                failure,
                assertThrows(
                        PersistenceException.class,
                        () -> Writes.flushOr(failingFlush(failure), "offer 7", TakenException::new)));
    }

    @Test
    void aLostConnectionIsAFaultNotARefusal() {
        PersistenceException failure = failedStatement(new SQLException("connection refused", "08001"));

        assertSame(
                failure,
                assertThrows(
                        PersistenceException.class,
                        () -> Writes.flushOr(failingFlush(failure), "offer 7", TakenException::new)));
    }

    @Test
    void aFailureWithoutSqlStateIsAFault() {
        PersistenceException failure = new PersistenceException("no driver cause");

        assertSame(
                failure,
                assertThrows(
                        PersistenceException.class,
                        () -> Writes.flushOr(failingFlush(failure), "offer 7", TakenException::new)));
    }

    @Test
    void aLostOptimisticLockingRaceIsAConcurrentChange() {
        OptimisticLockException failure = new OptimisticLockException("version changed");

        ConcurrentChangeException change = assertThrows(
                ConcurrentChangeException.class,
                () -> Writes.flushOr(failingFlush(failure), "offer 7", TakenException::new));
        assertEquals("offer 7 was changed by someone else", change.getMessage());
        assertSame(failure, change.getCause());
    }

    @Test
    void aLostRaceMayMeanARefusalOfItsOwn() {
        OptimisticLockException failure = new OptimisticLockException("version changed");

        assertThrows(
                IllegalStateException.class,
                () -> Writes.flushOr(
                        failingFlush(failure), e -> new IllegalStateException("link used", e), TakenException::new));
    }

    @Test
    void withoutADeclaredRefusalABrokenConstraintIsAFault() {
        PersistenceException failure = failedStatement(new SQLIntegrityConstraintViolationException("dup", "23505"));

        assertSame(failure, assertThrows(PersistenceException.class, () -> Writes.flush(failingFlush(failure), "x")));
    }

    @Test
    void aWriteThatSucceedsGivesItsResult() {
        assertEquals(1, assertDoesNotThrow(() -> Writes.attempt(() -> 1, "x", TakenException::new)));
    }
}
