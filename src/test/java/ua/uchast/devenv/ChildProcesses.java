package ua.uchast.devenv;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Stopping and waiting for the servers the run commands and tests start as child processes. */
final class ChildProcesses {

    private ChildProcesses() {
    }

    /** Asks the process to stop (SIGTERM), and ends it after {@code grace} if it has not. */
    static void stop(Process process, Duration grace) {
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
