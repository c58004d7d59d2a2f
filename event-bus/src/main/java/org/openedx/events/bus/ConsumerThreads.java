package org.openedx.events.bus;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;

import org.openedx.events.SendResult;

/**
 * The threads of a back end's consumers inside an application: each consumer runs on a daemon thread of its own, and
 * stopping asks every one to stop, then waits for each to finish the event in hand. Also the work cycle that runs
 * each delivery in a request context of its own, as upstream's {@code prepare_for_new_work_cycle} does per message.
 */
public final class ConsumerThreads {

    /** How long stopping waits for one consumer to finish the event in hand. */
    public static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final String backEnd;
    private final Logger log;
    private final List<Running> running = new ArrayList<>();

    private record Running(String description, Runnable stop, Thread thread) {}

    /**
     * Creates the threads' owner of one back end.
     *
     * @param backEnd the back end's name, for thread names and logs, e.g. {@code kafka}
     * @param log where starting and stopping are logged
     */
    public ConsumerThreads(String backEnd, Logger log) {
        this.backEnd = backEnd;
        this.log = log;
    }

    /**
     * Starts a consumer on a new daemon thread.
     *
     * @param name what tells the consumer apart in the thread's name, e.g. its topic and group
     * @param description the consumer, for logs
     * @param body the consumer's loop
     * @param stop asks the loop to end
     */
    public synchronized void start(String name, String description, Runnable body, Runnable stop) {
        start(name, description, body, stop, true);
    }

    /**
     * Starts a consumer on a new daemon thread, logging its start now or leaving that to the consumer.
     *
     * @param name what tells the consumer apart in the thread's name, e.g. its topic and group
     * @param description the consumer, for logs
     * @param body the consumer's loop
     * @param stop asks the loop to end
     * @param announce whether to log the start now; false for a consumer that logs it with {@link #started} once it
     *     has connected
     */
    public synchronized void start(String name, String description, Runnable body, Runnable stop, boolean announce) {
        Thread thread = new Thread(body, "openedx-events-" + backEnd + "-" + name);
        thread.setDaemon(true);
        running.add(new Running(description, stop, thread));
        thread.start();
        if (announce) {
            started(description);
        }
    }

    /**
     * Logs that a consumer started: {@code Started <back end> event consumer <description>}, the line other tools
     * look for.
     *
     * @param description the consumer, as given to {@link #start}
     */
    public void started(String description) {
        log.log(Level.INFO, () -> "Started " + backEnd + " event consumer " + description);
    }

    /** Stops every consumer, letting each finish the event in hand (waiting up to {@link #STOP_WAIT} each). */
    public synchronized void stopAll() {
        running.forEach(r -> r.stop().run());
        for (Running r : running) {
            try {
                r.thread().join(STOP_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (r.thread().isAlive()) {
                log.log(
                        Level.WARNING,
                        () -> backEnd + " event consumer " + r.description() + " did not stop within "
                                + STOP_WAIT.toSeconds() + " s");
            } else {
                log.log(Level.INFO, () -> "Stopped " + backEnd + " event consumer " + r.description());
            }
        }
        running.clear();
    }

    /**
     * Waits between attempts, returning early when the consumer is asked to stop (its stop notifies the lock).
     *
     * @param lock the consumer's lock, notified when it is asked to stop
     * @param stopping whether it is asked to stop; read while holding the lock
     * @param millis how long to wait
     * @return true after the full wait, false when stopping (or interrupted) first
     */
    public static boolean pause(Object lock, java.util.function.BooleanSupplier stopping, long millis) {
        long end = System.currentTimeMillis() + millis;
        synchronized (lock) {
            while (!stopping.getAsBoolean()) {
                long left = end - System.currentTimeMillis();
                if (left <= 0) {
                    return true;
                }
                try {
                    lock.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return false;
        }
    }

    /**
     * The work cycle that runs each delivery in a request context of its own.
     *
     * @param controllers the container's request context controllers
     * @return the work cycle
     */
    public static BusDelivery.WorkCycle inRequestContext(Instance<RequestContextController> controllers) {
        return delivery -> {
            RequestContextController controller = controllers.get();
            boolean activated = controller.activate();
            try {
                SendResult result = delivery.get();
                return result;
            } finally {
                if (activated) {
                    controller.deactivate();
                }
            }
        };
    }
}
