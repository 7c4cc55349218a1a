package org.channelcenter.membership.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImportProgressTest {

    @Test
    void countsRowsAndReachesOneHundredPercentOnlyWhenFinished() {
        ImportProgress progress = new ImportProgress();
        progress.begin(2);
        progress.rowImported(true);
        progress.rowRefused(new ImportProgress.RowError(3, "u", "1", List.of(RegistryProblem.NETWORK_ID_TAKEN)));

        ImportProgress.Snapshot beforeFinish = progress.snapshot();
        assertEquals(99, beforeFinish.percent(), "every row done, but the job is not over yet");
        assertFalse(beforeFinish.finished());

        progress.finish();
        ImportProgress.Snapshot done = progress.snapshot();
        assertEquals(100, done.percent());
        assertEquals(1, done.imported());
        assertEquals(1, done.accountsCreated());
        assertEquals(1, done.refused());
        assertEquals(3, done.errors().get(0).row());
    }

    @Test
    void aFileProblemFinishesTheImport() {
        ImportProgress progress = new ImportProgress();
        progress.fail(RegistryProblem.FILE_HEADER_INVALID);
        assertTrue(progress.isFinished());
        assertEquals(RegistryProblem.FILE_HEADER_INVALID, progress.snapshot().fileProblem());
        assertEquals(100, progress.snapshot().percent());
    }
}
