package org.channelcenter.membership.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How far one CSV import has got. Written by the import running on a container thread, read by the page
 * that polls it, so every field is safe to read while it changes; {@link #snapshot()} gives a consistent
 * enough view for a progress bar (the counts only grow).
 */
public class ImportProgress implements Serializable {

    private static final long serialVersionUID = 1L;

    private volatile int total;
    private final AtomicInteger processed = new AtomicInteger();
    private final AtomicInteger imported = new AtomicInteger();
    private final AtomicInteger accountsCreated = new AtomicInteger();
    private final List<RowError> errors = new CopyOnWriteArrayList<>();
    private volatile RegistryProblem fileProblem;
    private volatile boolean finished;

    /** One refused row: its number in the file (the header is row 1) and why it was refused. */
    public record RowError(long row, String userName, String networkId, List<RegistryProblem> problems)
            implements Serializable {

        public RowError {
            problems = List.copyOf(problems);
        }
    }

    /** The counts at one moment; {@code finished} only once every row has been dealt with. */
    public record Snapshot(
            int total,
            int processed,
            int imported,
            int accountsCreated,
            int refused,
            boolean finished,
            RegistryProblem fileProblem,
            List<RowError> errors)
            implements Serializable {

        /** 0–100 for a progress bar; 100 exactly when finished, so the bar completes only then. */
        public int percent() {
            if (finished) {
                return 100;
            }
            return total == 0 ? 0 : Math.min(99, (int) (processed * 100L / total));
        }
    }

    public void begin(int rows) {
        this.total = rows;
    }

    public void rowImported(boolean accountCreated) {
        imported.incrementAndGet();
        if (accountCreated) {
            accountsCreated.incrementAndGet();
        }
        processed.incrementAndGet();
    }

    public void rowRefused(RowError error) {
        errors.add(error);
        processed.incrementAndGet();
    }

    /** The file as a whole could not be read; no row was imported. */
    public void fail(RegistryProblem problem) {
        this.fileProblem = problem;
        this.finished = true;
    }

    public void finish() {
        this.finished = true;
    }

    public boolean isFinished() {
        return finished;
    }

    public Snapshot snapshot() {
        return new Snapshot(
                total,
                processed.get(),
                imported.get(),
                accountsCreated.get(),
                errors.size(),
                finished,
                fileProblem,
                List.copyOf(errors));
    }
}
