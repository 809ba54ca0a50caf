package nl.voortgang.motie.deadline;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import nl.voortgang.motie.command.MarkOverdueCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every few seconds asks the clock for now and marks each passed, unfulfilled deadline overdue: the command first,
 * in its own unit of work, then the row marked fired. No transaction spans both: a row locked while the command ran
 * deadlocked against a user's command on the same item (its unit of work releases the aggregate's lock before an
 * enclosing transaction commits, and the user's event handler then waited for the row). Two instances, or a crash
 * between command and mark, may send the command twice; the aggregate decides whether the deadline still applies, so
 * the second one is a no-op.
 */
@Component
class OverdueScheduler {

    private static final Logger log = LoggerFactory.getLogger(OverdueScheduler.class);

    private final DeadlineTable deadlines;
    private final CommandGateway commands;
    private final Clock clock;

    OverdueScheduler(DeadlineTable deadlines, CommandGateway commands, Clock clock) {
        this.deadlines = deadlines;
        this.commands = commands;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${voortgang.deadlines.poll-interval:PT5S}",
            initialDelayString = "${voortgang.deadlines.poll-interval:PT5S}")
    void markPassedDeadlinesOverdue() {
        Instant now = clock.instant();
        try {
            Optional<DeadlineTable.PendingDeadline> next;
            while ((next = deadlines.nextPassed(now)).isPresent()) {
                DeadlineTable.PendingDeadline deadline = next.get();
                commands.sendAndWait(new MarkOverdueCommand(deadline.itemId(), deadline.kind(), deadline.dueDate(), now));
                deadlines.fired(deadline.itemId(), deadline.dueDate());
                log.debug("a deadline passed before {}", now);
            }
        } catch (RuntimeException e) {
            log.warn("marking passed deadlines overdue failed; the next run tries again", e);
        }
    }
}
