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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every few seconds asks the clock for now and marks each passed, unfulfilled deadline overdue: one
 * deadline per transaction, claimed, commanded and marked fired together. The aggregate decides
 * whether the deadline still applies, so a stale row costs one no-op command.
 */
@Component
class OverdueScheduler {

    private static final Logger log = LoggerFactory.getLogger(OverdueScheduler.class);

    private final DeadlineTable deadlines;
    private final CommandGateway commands;
    private final Clock clock;
    private final TransactionTemplate transaction;

    OverdueScheduler(DeadlineTable deadlines, CommandGateway commands, Clock clock, PlatformTransactionManager transactions) {
        this.deadlines = deadlines;
        this.commands = commands;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${voortgang.deadlines.poll-interval:PT5S}",
            initialDelayString = "${voortgang.deadlines.poll-interval:PT5S}")
    void markPassedDeadlinesOverdue() {
        Instant now = clock.instant();
        try {
            while (Boolean.TRUE.equals(transaction.execute(status -> markNextOverdue(now)))) {
                log.debug("a deadline passed before {}", now);
            }
        } catch (RuntimeException e) {
            log.warn("marking passed deadlines overdue failed; the next run tries again", e);
        }
    }

    private boolean markNextOverdue(Instant now) {
        Optional<DeadlineTable.PendingDeadline> next = deadlines.claimNextPassed(now);
        next.ifPresent(deadline -> {
            commands.sendAndWait(new MarkOverdueCommand(deadline.itemId(), deadline.kind(), deadline.dueDate(), now));
            deadlines.fired(deadline.itemId(), deadline.dueDate());
        });
        return next.isPresent();
    }
}
