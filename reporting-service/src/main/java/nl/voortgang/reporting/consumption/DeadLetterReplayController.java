package nl.voortgang.reporting.consumption;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DeadLetterReplayController {

    private final DeadLetterReplay replay;

    DeadLetterReplayController(DeadLetterReplay replay) {
        this.replay = replay;
    }

    /** Programme-admin only, as everything under /api/admin. */
    @PostMapping("/api/admin/dead-letters/replay")
    DeadLetterReplay.Outcome replay() {
        return replay.replay();
    }
}
