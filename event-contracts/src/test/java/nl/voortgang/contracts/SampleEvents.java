package nl.voortgang.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.voortgang.contracts.activity.*;
import nl.voortgang.contracts.motie.*;

/** One realistic instance of every published event, the content of the golden files. */
final class SampleEvents {

    static final String ACTIVITY_ID = "6f1c2a4e-0b7d-4c55-9a43-1d2f0e8b9c01";
    static final String MOTIE_ID = "0d6a9f3b-5e21-4f8c-b7a2-3c4d5e6f7a80";
    static final String TOEZEGGING_ID = "9b8a7c6d-1e2f-4a3b-8c7d-6e5f4a3b2c10";
    static final String ACTOR = "programmabureau@ocw";
    static final Instant RECORDED = Instant.parse("2024-03-15T09:30:00Z");
    static final LocalDate EFFECTIVE = LocalDate.of(2024, 3, 1);

    private static final Planning Q4_2023 = new Planning("Q4 2023", LocalDate.of(2023, 10, 1), LocalDate.of(2023, 12, 31));
    private static final Planning Q1_2024 = new Planning("Q1 2024", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31));

    private SampleEvents() {
    }

    static List<DomainEvent> all() {
        return List.of(
                new ActivityRegisteredEvent(ACTIVITY_ID, "NAP", 1, "NAP-1.01",
                        "Campagne gericht op het voeren van het gesprek over gewenste omgangsvormen",
                        "Publiekscampagne onder de regel 'met elkaar trekken we de grens'", Q4_2023, null,
                        List.of("OCW", "SZW"), ActivityStatus.NOT_STARTED, null, ACTOR, RECORDED, LocalDate.of(2023, 1, 13)),
                new ActivityStatusChangedEvent(ACTIVITY_ID, ActivityStatus.NOT_STARTED, ActivityStatus.IN_PROGRESS,
                        "De voorbereiding van de campagne is gestart.", ACTOR, RECORDED, EFFECTIVE),
                new ActivityDelayedEvent(ACTIVITY_ID, ActivityStatus.IN_PROGRESS, Q4_2023, Q1_2024, Q4_2023,
                        "De voorbereiding van de campagne vroeg meer tijd.", ACTOR, RECORDED, EFFECTIVE),
                new ActivityCompletedEvent(ACTIVITY_ID, ActivityStatus.DELAYED,
                        "Het onderzoek is afgerond op 28 juli 2023.", ACTOR, RECORDED, EFFECTIVE),
                new ActivityAbortedEvent(ACTIVITY_ID, ActivityStatus.IN_PROGRESS,
                        "Vanwege een doelmatige besteding van middelen wordt de activiteit niet uitgevoerd.", ACTOR, RECORDED, EFFECTIVE),
                new ActivityReopenedEvent(ACTIVITY_ID, ActivityStatus.COMPLETED, ActivityStatus.IN_PROGRESS,
                        "Een vervolgonderzoek is nodig.", ACTOR, RECORDED, EFFECTIVE),
                new ActivityProgressReportedEvent(ACTIVITY_ID, "2024", "Workshops op scholen gegeven.",
                        Map.of("deelnemers workshops", new BigDecimal("8320")), ACTOR, RECORDED, EFFECTIVE),
                new ActivityResponsibleChangedEvent(ACTIVITY_ID, List.of("OCW"), List.of("OCW", "VWS"),
                        "VWS draagt mede de verantwoordelijkheid.", ACTOR, RECORDED, EFFECTIVE),
                new ActivityDetailsCorrectedEvent(ACTIVITY_ID, "Campagne werkvloer", "Campagne gewenste omgangsvormen op de werkvloer",
                        null, "Eerste campagne onder de overkoepelende regel.", "Titel verduidelijkt.", ACTOR, RECORDED, EFFECTIVE),
                new MotieRegisteredEvent(MOTIE_ID, "NAP", List.of("Van der Laan c.s."), LocalDate.of(2023, 4, 4),
                        new Kamerstuk("2022/23", "34843", "80"),
                        "De Tweede Kamer verzoekt de regering in beeld te brengen wat er nodig is om de GREVIO-aanbeveling omtrent de digitale dimensie van geweld tegen vrouwen te implementeren.",
                        false, List.of("SOCW"), null, null, FollowUpStatus.IN_PROGRESS, ACTOR, RECORDED, LocalDate.of(2023, 4, 4)),
                new ToezeggingRegisteredEvent(TOEZEGGING_ID, "NAP", "Commissiedebat emancipatie", LocalDate.of(2024, 6, 12),
                        "De staatssecretaris informeert de Kamer over de voortgang van de aanpak femicide.",
                        List.of("SOCW", "MJenV"), "voor de zomer van 2025", LocalDate.of(2025, 6, 30),
                        FollowUpStatus.IN_PROGRESS, ACTOR, RECORDED, LocalDate.of(2024, 6, 12)),
                new FollowUpProgressRecordedEvent(MOTIE_ID, FollowUpKind.MOTIE, FollowUpStatus.IN_PROGRESS, FollowUpStatus.IN_PROGRESS,
                        "De resultaten van het onderzoek zijn op 22 september 2023 met de Tweede Kamer gedeeld.", ACTOR, RECORDED, EFFECTIVE),
                new FollowUpFulfilledEvent(MOTIE_ID, FollowUpKind.MOTIE, FollowUpStatus.IN_PROGRESS,
                        "Kamerstukken II 2024/25, 28345, nr. 281", "Hiermee is invulling gegeven aan de motie.", ACTOR, RECORDED, EFFECTIVE),
                new FollowUpLinkedToActivityEvent(MOTIE_ID, FollowUpKind.MOTIE, ACTIVITY_ID, ACTOR, RECORDED, EFFECTIVE),
                new FollowUpUnlinkedFromActivityEvent(MOTIE_ID, FollowUpKind.MOTIE, ACTIVITY_ID, "Verkeerde activiteit gekoppeld.", ACTOR, RECORDED, EFFECTIVE),
                new FollowUpResponsibilityReassignedEvent(MOTIE_ID, FollowUpKind.MOTIE, List.of("SOCW"), List.of("SLMZ"),
                        "Kabinetswissel.", ACTOR, RECORDED, EFFECTIVE),
                new FollowUpMergedEvent(MOTIE_ID, FollowUpKind.MOTIE, TOEZEGGING_ID, FollowUpKind.TOEZEGGING,
                        "Wordt geïntegreerd met bovenstaande motie opgepakt.", ACTOR, RECORDED, EFFECTIVE),
                new FollowUpTextCorrectedEvent(MOTIE_ID, FollowUpKind.MOTIE, "verzoekt de regering", "De Tweede Kamer verzoekt de regering ...",
                        "Tekst uit het Kamerstuk overgenomen.", ACTOR, RECORDED, EFFECTIVE),
                new FollowUpDueDateChangedEvent(TOEZEGGING_ID, FollowUpKind.TOEZEGGING, "voor de zomer van 2025", LocalDate.of(2025, 6, 30),
                        "eind 2025", LocalDate.of(2025, 12, 31), "Nieuwe planning na overleg.", ACTOR, RECORDED, EFFECTIVE),
                new FollowUpOverdueEvent(TOEZEGGING_ID, FollowUpKind.TOEZEGGING, LocalDate.of(2025, 12, 31), FollowUpStatus.IN_PROGRESS,
                        "system", Instant.parse("2026-01-01T00:00:00Z"), LocalDate.of(2026, 1, 1)));
    }
}
