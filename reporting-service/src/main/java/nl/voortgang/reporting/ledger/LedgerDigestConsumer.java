package nl.voortgang.reporting.ledger;

import nl.voortgang.contracts.Topics;
import nl.voortgang.ledger.DigestCodec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps every digest the command services publish on the ledger topic; a record that is not a digest is logged and skipped. */
@Component
class LedgerDigestConsumer {

    private static final Logger log = LoggerFactory.getLogger(LedgerDigestConsumer.class);

    private final LedgerDigests digests;

    LedgerDigestConsumer(LedgerDigests digests) {
        this.digests = digests;
    }

    @KafkaListener(id = "ledger-digests", topics = Topics.LEDGER_DIGESTS, groupId = "${spring.kafka.consumer.group-id}-ledger",
            containerFactory = "ledgerDigestContainerFactory")
    void consume(ConsumerRecord<String, byte[]> record) {
        try {
            digests.record(DigestCodec.decode(record.value()));
        } catch (RuntimeException e) {
            if (e instanceof org.springframework.dao.DataAccessException) {
                throw e;
            }
            log.warn("skipping {}-{}@{}: not a ledger digest: {}", record.topic(), record.partition(), record.offset(),
                    e.getMessage());
        }
    }
}
