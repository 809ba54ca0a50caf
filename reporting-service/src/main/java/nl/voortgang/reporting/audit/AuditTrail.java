package nl.voortgang.reporting.audit;

import java.util.List;
import org.springframework.stereotype.Service;

/** Every recorded change of one entity in the order it was recorded, for the dashboard's history of an entity. */
@Service
public class AuditTrail {

    private static final int MOST_CHANGES_SHOWN = 1000;

    private final AuditRepository audit;

    AuditTrail(AuditRepository audit) {
        this.audit = audit;
    }

    public List<AuditEntry> ofEntity(String entityId) {
        return audit.page(new AuditQuery(entityId, null, null, null, null, null, null, null, 0, MOST_CHANGES_SHOWN));
    }
}
