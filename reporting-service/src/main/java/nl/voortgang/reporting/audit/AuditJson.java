package nl.voortgang.reporting.audit;

import tools.jackson.databind.json.JsonMapper;

/** The JSON form of the audit trail's changes, as stored in audit_entry.changes and shown in the CSV. */
final class AuditJson {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private AuditJson() {
    }
}
