package nl.voortgang.reporting.report;

import java.util.ArrayList;
import java.util.List;
import nl.voortgang.contracts.motie.FollowUpKind;
import nl.voortgang.reporting.history.FollowUpState;
import nl.voortgang.reporting.programme.ProgrammeDirectory;
import org.springframework.stereotype.Component;

/**
 * Annex 2: the moties, then the toezeggingen, each with what was asked, by whom and in which
 * Kamerstuk, its status, who is responsible, the stand van zaken and the document that fulfilled
 * it. Items whose due date has passed unfulfilled on the date are marked overdue.
 */
@Component
class Bijlage2 {

    private static final List<ReportDocument.Column> COLUMNS = List.of(
            new ReportDocument.Column("Nr.", 5), new ReportDocument.Column("Verzoek", 30),
            new ReportDocument.Column("Indieners en Kamerstuk", 14), new ReportDocument.Column("Status", 13),
            new ReportDocument.Column("Verantwoordelijk", 9), new ReportDocument.Column("Stand van zaken", 29));

    private final ReportRepository repository;
    private final ProgrammeDirectory programmes;

    Bijlage2(ReportRepository repository, ProgrammeDirectory programmes) {
        this.repository = repository;
        this.programmes = programmes;
    }

    ReportDocument report(ReportQuery query) {
        List<List<ReportDocument.Cell>> moties = new ArrayList<>();
        List<List<ReportDocument.Cell>> toezeggingen = new ArrayList<>();
        for (FollowUpState item : repository.followUps(query)) {
            List<List<ReportDocument.Cell>> rows = item.kind() == FollowUpKind.MOTIE ? moties : toezeggingen;
            rows.add(row(item, rows.size() + 1, query));
        }
        return new ReportDocument(query.programme() + "-bijlage2-" + query.date(),
                "Bijlage 2: moties en toezeggingen",
                ReportHeader.about(programmes, query, DutchText.count(moties.size(), "motie", "moties") + ", "
                        + DutchText.count(toezeggingen.size(), "toezegging", "toezeggingen")),
                StatusMarks.FOLLOW_UP_LEGEND,
                List.of(new ReportDocument.Section("Moties", COLUMNS, moties),
                        new ReportDocument.Section("Toezeggingen", COLUMNS, toezeggingen)),
                List.of("\u25B2 Termijn verstreken: de termijn is voorbij en er is nog geen invulling aan gegeven."));
    }

    private static List<ReportDocument.Cell> row(FollowUpState item, int number, ReportQuery query) {
        boolean overdue = item.followUpStatus().isOverdueOn(item.dueDate(), query.date());
        String due = item.dueText() == null ? "" : "Termijn: " + item.dueText()
                + (item.dueDate() == null ? "" : " (" + DutchText.date(item.dueDate()) + ")");
        String statusNote = overdue ? "\u25B2 Termijn verstreken" + (due.isEmpty() ? "" : "\n" + due) : due;
        return List.of(ReportDocument.Cell.of((item.kind() == FollowUpKind.MOTIE ? "M" : "T") + number),
                ReportDocument.Cell.of(request(item)), ReportDocument.Cell.of(origin(item)),
                ReportDocument.Cell.status(StatusMarks.of(item.followUpStatus()), statusNote),
                ReportDocument.Cell.of(DutchText.list(item.responsible())), ReportDocument.Cell.of(stand(item)));
    }

    private static String request(FollowUpState item) {
        if (item.textLost() || item.text() == null || item.text().isBlank()) {
            return "(De tekst ontbreekt in de bron.)";
        }
        return item.text();
    }

    private static String origin(FollowUpState item) {
        List<String> parts = new ArrayList<>();
        if (!item.submitters().isEmpty()) {
            parts.add(DutchText.list(item.submitters()));
        }
        if (item.kamerstuk() != null) {
            parts.add(item.kamerstuk());
        }
        if (item.occasion() != null) {
            parts.add(item.occasion() + (item.occasionDate() == null ? "" : ", " + DutchText.date(item.occasionDate())));
        }
        if (item.adoptedDate() != null) {
            parts.add("Aangenomen " + DutchText.date(item.adoptedDate()));
        }
        return String.join("\n", parts);
    }

    private static String stand(FollowUpState item) {
        List<String> paragraphs = new ArrayList<>();
        if (item.standVanZaken() != null) {
            paragraphs.add(item.standVanZaken());
        }
        if (item.fulfilledBy() != null) {
            paragraphs.add("Invulling gegeven met: " + item.fulfilledBy());
        }
        if (item.mergedWithId() != null) {
            paragraphs.add("Wordt samen met een ander verzoek opgepakt.");
        }
        return String.join("\n\n", paragraphs);
    }
}
