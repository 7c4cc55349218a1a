package org.channelcenter.it.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The server JVM's memory as the benchmark reports it, read inside the server (so no process id has to be found):
 * resident set from /proc/self/status (what the operating system gives the process: heap, metaspace, code, threads),
 * and heap in use, after a full collection when asked (the resident set is read before it), so that what sessions and views keep alive shows and garbage
 * does not.
 *
 * @param rssKb VmRSS of the server process in KB (-1 where /proc does not exist)
 * @param heapUsedKb heap in use in KB
 * @param heapCommittedKb heap the JVM has reserved from the system in KB
 * @param heapMaxKb the JVM's heap limit in KB
 */
public record ServerMemory(long rssKb, long heapUsedKb, long heapCommittedKb, long heapMaxKb) {

    static ServerMemory now(boolean collectFirst) throws IOException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        // the resident set before the collection: after one the JVM may hand heap back to the system, so that the
        // process would look smaller than it is while it serves
        long rssKb = residentKb();
        if (collectFirst) {
            // twice: the first run finalizes and frees what a second one then compacts away
            memory.gc();
            memory.gc();
        }
        return new ServerMemory(
                rssKb,
                memory.getHeapMemoryUsage().getUsed() / 1024,
                memory.getHeapMemoryUsage().getCommitted() / 1024,
                memory.getHeapMemoryUsage().getMax() / 1024);
    }

    private static long residentKb() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return -1;
        }
        return Files.readAllLines(status).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                .findFirst()
                .orElse(-1L);
    }
}
