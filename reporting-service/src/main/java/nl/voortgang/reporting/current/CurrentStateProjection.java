package nl.voortgang.reporting.current;

import java.sql.Timestamp;
import nl.voortgang.contracts.activity.ActivityRegisteredEvent;
import nl.voortgang.contracts.activity.Planning;
import nl.voortgang.contracts.motie.MotieRegisteredEvent;
import nl.voortgang.contracts.motie.ToezeggingRegisteredEvent;
import nl.voortgang.reporting.consumption.IncomingEvent;
import nl.voortgang.reporting.consumption.Projection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The latest known state of every activity, motie and toezegging. */
@Component
class CurrentStateProjection implements Projection {

    private final JdbcClient jdbc;

    CurrentStateProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void apply(IncomingEvent incoming, long position) {
        switch (incoming.event()) {
            case ActivityRegisteredEvent e -> on(e, incoming);
            case MotieRegisteredEvent e -> on(e, incoming);
            case ToezeggingRegisteredEvent e -> on(e, incoming);
            default -> {
            }
        }
    }

    private void on(ActivityRegisteredEvent e, IncomingEvent incoming) {
        Planning original = e.originalPlanning();
        jdbc.sql("""
                        INSERT INTO activity_current (activity_id, programme, action_line, code, title, description,
                            planning_text, planning_start, planning_end, original_planning_text, original_planning_start,
                            original_planning_end, responsible, status, explanation, version, effective_date, recorded_at)
                        VALUES (:id, :programme, :actionLine, :code, :title, :description, :planningText, :planningStart,
                            :planningEnd, :originalText, :originalStart, :originalEnd, :responsible, :status, :explanation,
                            :version, :effectiveDate, :recordedAt)
                        ON CONFLICT (activity_id) DO NOTHING""")
                .param("id", e.activityId())
                .param("programme", e.programme())
                .param("actionLine", e.actionLine())
                .param("code", e.code())
                .param("title", e.title())
                .param("description", e.description())
                .param("planningText", e.planning().text())
                .param("planningStart", e.planning().start())
                .param("planningEnd", e.planning().end())
                .param("originalText", original == null ? null : original.text())
                .param("originalStart", original == null ? null : original.start())
                .param("originalEnd", original == null ? null : original.end())
                .param("responsible", e.responsible().toArray(String[]::new))
                .param("status", e.status().name())
                .param("explanation", e.explanation())
                .param("version", incoming.sequenceNumber())
                .param("effectiveDate", e.effectiveDate())
                .param("recordedAt", Timestamp.from(e.recordedAt()))
                .update();
    }

    private void on(MotieRegisteredEvent e, IncomingEvent incoming) {
        jdbc.sql("""
                        INSERT INTO follow_up_current (item_id, kind, programme, submitters, adopted_date, kamerstuk, text,
                            text_lost, responsible, due_text, due_date, status, version, effective_date, recorded_at)
                        VALUES (:id, 'MOTIE', :programme, :submitters, :adoptedDate, :kamerstuk, :text, :textLost,
                            :responsible, :dueText, :dueDate, :status, :version, :effectiveDate, :recordedAt)
                        ON CONFLICT (item_id) DO NOTHING""")
                .param("id", e.motieId())
                .param("programme", e.programme())
                .param("submitters", e.submitters().toArray(String[]::new))
                .param("adoptedDate", e.adoptedDate())
                .param("kamerstuk", e.kamerstuk() == null ? null : e.kamerstuk().citation())
                .param("text", e.text())
                .param("textLost", e.textLost())
                .param("responsible", e.responsible().toArray(String[]::new))
                .param("dueText", e.dueText())
                .param("dueDate", e.dueDate())
                .param("status", e.status().name())
                .param("version", incoming.sequenceNumber())
                .param("effectiveDate", e.effectiveDate())
                .param("recordedAt", Timestamp.from(e.recordedAt()))
                .update();
    }

    private void on(ToezeggingRegisteredEvent e, IncomingEvent incoming) {
        jdbc.sql("""
                        INSERT INTO follow_up_current (item_id, kind, programme, occasion, occasion_date, text,
                            responsible, due_text, due_date, status, version, effective_date, recorded_at)
                        VALUES (:id, 'TOEZEGGING', :programme, :occasion, :occasionDate, :text, :responsible, :dueText,
                            :dueDate, :status, :version, :effectiveDate, :recordedAt)
                        ON CONFLICT (item_id) DO NOTHING""")
                .param("id", e.toezeggingId())
                .param("programme", e.programme())
                .param("occasion", e.occasion())
                .param("occasionDate", e.occasionDate())
                .param("text", e.text())
                .param("responsible", e.responsible().toArray(String[]::new))
                .param("dueText", e.dueText())
                .param("dueDate", e.dueDate())
                .param("status", e.status().name())
                .param("version", incoming.sequenceNumber())
                .param("effectiveDate", e.effectiveDate())
                .param("recordedAt", Timestamp.from(e.recordedAt()))
                .update();
    }
}
