package org.channelcenter.it.support;

import jakarta.transaction.UserTransaction;
import java.util.concurrent.Callable;

/** Runs test set-up in its own committed transaction, the way a boundary would. */
public final class Transactions {

    private Transactions() {}

    public static <T> T inTransaction(UserTransaction transaction, Callable<T> work) throws Exception {
        transaction.begin();
        try {
            T result = work.call();
            transaction.commit();
            return result;
        } catch (Exception | Error e) {
            transaction.rollback();
            throw e;
        }
    }
}
