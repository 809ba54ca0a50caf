package nl.voortgang.reporting.current;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CurrentStateController {

    private final CurrentStateRepository repository;

    CurrentStateController(CurrentStateRepository repository) {
        this.repository = repository;
    }

    @GetMapping("/api/activities/{id}")
    ResponseEntity<?> activity(@PathVariable String id) {
        return repository.activity(id).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> notFound("activity", id));
    }

    @GetMapping("/api/moties/{id}")
    ResponseEntity<?> motie(@PathVariable String id) {
        return repository.followUp(id, "MOTIE").<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> notFound("motie", id));
    }

    @GetMapping("/api/toezeggingen/{id}")
    ResponseEntity<?> toezegging(@PathVariable String id) {
        return repository.followUp(id, "TOEZEGGING").<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> notFound("toezegging", id));
    }

    private static ResponseEntity<ProblemDetail> notFound(String what, String id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No " + what + " with id " + id + " is known (yet); check the id, or retry shortly if it was just created.");
        problem.setTitle("Niet gevonden");
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
