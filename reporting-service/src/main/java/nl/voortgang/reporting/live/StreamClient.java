package nl.voortgang.reporting.live;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One connected client: its filter, the position it has been sent up to, and whether a sender is
 * working for it. Wakes are coalesced, so a client has at most one task queued or running however
 * many batches commit; its backlog stays in the database, never in memory.
 */
final class StreamClient {

    private final SseEmitter emitter;
    private final ChangeFilter filter;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();
    private volatile StreamPosition position;
    private volatile boolean announcePosition;
    private volatile boolean heartbeatDue;
    private volatile boolean closed;
    private volatile long sendingSince;

    StreamClient(SseEmitter emitter, ChangeFilter filter, StreamPosition position, boolean announcePosition) {
        this.emitter = emitter;
        this.filter = filter;
        this.position = position;
        this.announcePosition = announcePosition;
    }

    SseEmitter emitter() {
        return emitter;
    }

    ChangeFilter filter() {
        return filter;
    }

    StreamPosition position() {
        return position;
    }

    void moveTo(StreamPosition next) {
        position = next;
    }

    /** True once: the client connected without Last-Event-ID and must learn the position it starts from. */
    boolean takeAnnouncement() {
        boolean announce = announcePosition;
        announcePosition = false;
        return announce;
    }

    void heartbeatDue() {
        heartbeatDue = true;
    }

    boolean takeHeartbeat() {
        boolean due = heartbeatDue;
        heartbeatDue = false;
        return due;
    }

    /** Marks work wanted; true when the caller must schedule a sender because none is queued or running. */
    boolean wake() {
        wanted.set(true);
        return !closed && scheduled.compareAndSet(false, true);
    }

    /** Asks for another turn once the current one ends. */
    void wantAgain() {
        wanted.set(true);
    }

    void startWork() {
        wanted.set(false);
    }

    /** Ends a sender's turn; true when work was wanted meanwhile and the client must be woken again. */
    boolean finishWork() {
        scheduled.set(false);
        return wanted.get() && !closed;
    }

    void sending(long nanoTime) {
        sendingSince = nanoTime == 0 ? 1 : nanoTime;
    }

    void sent() {
        sendingSince = 0;
    }

    /** True when a message has been on its way for longer than the timeout. */
    boolean isStuck(long nanoTime, long timeoutNanos) {
        long since = sendingSince;
        return since != 0 && nanoTime - since > timeoutNanos;
    }

    boolean isClosed() {
        return closed;
    }

    void close() {
        closed = true;
    }
}
