package nl.voortgang.reporting.rebuild;

import java.net.URI;
import nl.voortgang.reporting.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RebuildController {

    private final ReadModelRebuild rebuild;
    private final RebuildRuns runs;

    RebuildController(ReadModelRebuild rebuild, RebuildRuns runs) {
        this.rebuild = rebuild;
        this.runs = runs;
    }

    @PostMapping("/api/admin/rebuild")
    ResponseEntity<RebuildRun> start() {
        long id = rebuild.start();
        return ResponseEntity.accepted().location(URI.create("/api/admin/rebuild/" + id)).body(status(id));
    }

    @GetMapping("/api/admin/rebuild/{id}")
    RebuildRun status(@PathVariable long id) {
        return runs.find(id).orElseThrow(() -> new NotFoundException("Er is geen herbouw met id " + id
                + "; start er een met POST /api/admin/rebuild en volg de Location daarvan."));
    }
}
