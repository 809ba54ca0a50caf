package nl.voortgang.command.ledger;

import nl.voortgang.ledger.Digest;
import nl.voortgang.ledger.Verification;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ledger's admin endpoints: publish a digest now (so a report or a letter can cite it) and
 * verify the chain against the event store and every digest published so far.
 */
@RestController
class LedgerController {

    private final Ledger ledger;

    LedgerController(Ledger ledger) {
        this.ledger = ledger;
    }

    @PostMapping("/api/ledger/digests")
    ResponseEntity<Digest> publish() {
        return ledger.publishDigest().map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
    }

    @GetMapping("/api/ledger/verification")
    Verification verify() {
        return ledger.verify();
    }
}
