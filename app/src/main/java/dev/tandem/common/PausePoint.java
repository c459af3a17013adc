package dev.tandem.common;

import java.util.Arrays;

/**
 * A named point inside an operation where a test that kills the server can make it stop and wait, so the kill
 * lands mid-way for certain. Off unless the JVM runs with {@code -Dtandem.test.pause-at=name[,name...]}, which
 * only the fault tests set; then the thread that reaches the point prints {@code tandem-paused-at: name} and
 * sleeps until the process ends. Points hold only once the application is ready ({@link #arm()}), so the work of
 * starting up (demo content, the bundled list) passes them.
 */
public final class PausePoint {

    static final String PROPERTY = "tandem.test.pause-at";
    private static volatile boolean armed;

    private PausePoint() {
    }

    /** Called once the application is ready to serve. */
    public static void arm() {
        armed = true;
    }

    public static void reach(String name) {
        String points = System.getProperty(PROPERTY);
        if (!armed || points == null || !Arrays.asList(points.split(",")).contains(name)) {
            return;
        }
        System.out.println("tandem-paused-at: " + name);
        System.out.flush();
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while paused at " + name, e);
        }
    }
}
