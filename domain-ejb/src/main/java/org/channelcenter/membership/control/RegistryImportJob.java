package org.channelcenter.membership.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.channelcenter.kernel.boundary.Caller;
import org.channelcenter.kernel.entity.Role;
import org.channelcenter.membership.boundary.ImportProgress;
import org.channelcenter.membership.boundary.RegistryException;
import org.channelcenter.membership.boundary.RegistryProblem;

/**
 * Runs a registry CSV import on a container thread, one transaction per row: a valid row is committed
 * on its own, a refused row is rolled back on its own and reported with its number and reasons, and
 * {@link ImportProgress} tells the page how far it has got. An EJB (not a plain control) because only the
 * container gives asynchronous execution with the caller's identity and bean-managed transactions; it is
 * started only by the {@code Registry} boundary, which has checked the caller.
 */
@Stateless
@RolesAllowed(Role.Names.STAFF)
@TransactionManagement(TransactionManagementType.BEAN)
public class RegistryImportJob {

    private static final Logger LOG = Logger.getLogger(RegistryImportJob.class.getName());

    @Resource
    UserTransaction transaction;

    @Inject
    Registrations registrations;

    @Asynchronous
    public void run(byte[] csv, String fileName, Caller by, ImportProgress progress) {
        try {
            List<ImportRow> rows;
            try {
                rows = RegistryCsv.read(new ByteArrayInputStream(csv));
            } catch (RegistryException e) {
                progress.fail(e.problems().get(0));
                return;
            }
            progress.begin(rows.size());
            for (ImportRow row : rows) {
                importOne(row, by, progress);
            }
            ImportProgress.Snapshot done = progress.snapshot();
            inTransaction(() -> {
                registrations.recordImport(fileName, done.total(), done.imported(), done.refused(), by);
                return null;
            });
        } catch (RuntimeException e) {
            // The page must not poll forever; the rows committed so far stay, the rest were not tried.
            LOG.log(Level.SEVERE, "registry import of " + fileName + " stopped", e);
            progress.fail(RegistryProblem.FILE_UNREADABLE);
            return;
        }
        progress.finish();
    }

    private void importOne(ImportRow row, Caller by, ImportProgress progress) {
        if (!row.valid()) {
            progress.rowRefused(
                    new ImportProgress.RowError(row.row(), row.userName(), row.networkId(), row.problems()));
            return;
        }
        try {
            boolean created = inTransaction(() -> registrations.importRow(row, by));
            progress.rowImported(created);
        } catch (RegistryException e) {
            progress.rowRefused(new ImportProgress.RowError(row.row(), row.userName(), row.networkId(), e.problems()));
        } catch (RuntimeException e) {
            // Rolled back; the next rows still get their chance.
            LOG.log(Level.WARNING, "registry import row " + row.row() + " not saved", e);
            progress.rowRefused(new ImportProgress.RowError(
                    row.row(), row.userName(), row.networkId(), List.of(RegistryProblem.ROW_NOT_SAVED)));
        }
    }

    private <T> T inTransaction(Supplier<T> work) {
        try {
            transaction.begin();
            T result = work.get();
            transaction.commit();
            return result;
        } catch (RuntimeException e) {
            rollback();
            throw e;
        } catch (Exception e) {
            // begin/commit failures (heuristics, rollback by the transaction manager): the row is not written
            rollback();
            throw new IllegalStateException("registry import transaction failed", e);
        }
    }

    private void rollback() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | IllegalStateException | SecurityException e) {
            LOG.log(Level.WARNING, "rollback of a registry import row failed", e);
        }
    }
}
