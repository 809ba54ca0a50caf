package nl.voortgang.motie.command;

import static nl.voortgang.contracts.motie.FollowUpKind.MOTIE;
import static nl.voortgang.contracts.motie.FollowUpKind.TOEZEGGING;
import static nl.voortgang.contracts.motie.FollowUpStatus.DELAYED;
import static nl.voortgang.contracts.motie.FollowUpStatus.FULFILLED;
import static nl.voortgang.contracts.motie.FollowUpStatus.IN_PROGRESS;
import static nl.voortgang.contracts.motie.FollowUpStatus.NOT_STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.voortgang.command.domain.BrokenRule;
import nl.voortgang.command.domain.DatedChange;
import nl.voortgang.command.domain.RuleCode;
import nl.voortgang.command.domain.InvalidValueException;
import nl.voortgang.command.domain.RuleViolatedException;
import nl.voortgang.contracts.motie.FollowUpDueDateChangedEvent;
import nl.voortgang.contracts.motie.FollowUpFulfilledEvent;
import nl.voortgang.contracts.motie.FollowUpLinkedToActivityEvent;
import nl.voortgang.contracts.motie.FollowUpMergedEvent;
import nl.voortgang.contracts.motie.FollowUpOverdueEvent;
import nl.voortgang.contracts.motie.FollowUpProgressRecordedEvent;
import nl.voortgang.contracts.motie.FollowUpResponsibilityReassignedEvent;
import nl.voortgang.contracts.motie.FollowUpStatus;
import nl.voortgang.contracts.motie.FollowUpTextCorrectedEvent;
import nl.voortgang.contracts.motie.FollowUpUnlinkedFromActivityEvent;
import nl.voortgang.contracts.motie.Kamerstuk;
import nl.voortgang.contracts.motie.MotieRegisteredEvent;
import nl.voortgang.contracts.motie.ToezeggingRegisteredEvent;
import nl.voortgang.motie.command.FollowUpRule.FulfilledReopenFirst;
import nl.voortgang.motie.command.FollowUpRule.ProgressUnchanged;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FollowUpTest {

    private static final String ID = "motie-1";
    private static final String ACTOR = "programmabureau";
    private static final Instant NOW = Instant.parse("2024-03-15T09:30:00Z");
    private static final LocalDate REGISTERED = LocalDate.of(2023, 4, 4);
    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    private static final Kamerstuk KAMERSTUK = new Kamerstuk("2022/23", "34843", "80");
    private static final String REQUEST = "De Tweede Kamer verzoekt de regering in beeld te brengen wat er nodig is.";
    private static final String DOCUMENT = "Kamerstukken II 2024/25, 28345, nr. 281";

    private FixtureConfiguration<FollowUp> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FollowUp.class);
    }

    @Test
    void canRegisterAMotieWithItsKamerstukAndSubmitters() {
        fixture.givenNoPriorActivity()
                .when(new RegisterMotieCommand(ID, "NAP", List.of("Van der Laan c.s."), REGISTERED, KAMERSTUK, REQUEST,
                        List.of("SOCW"), "voor de zomer van 2025", null, NOT_STARTED, change(REGISTERED)))
                .expectEvents(motieRegistered(LocalDate.of(2025, 6, 30), NOT_STARTED));
    }

    @Test
    void canRegisterAMotieWhoseTextWasLost() {
        fixture.givenNoPriorActivity()
                .when(new RegisterMotieCommand(ID, "NAP", List.of("Kuik"), REGISTERED, KAMERSTUK, " ",
                        List.of("MJenV"), null, null, FollowUpStatus.UNKNOWN, change(REGISTERED)))
                .expectEvents(new MotieRegisteredEvent(ID, "NAP", List.of("Kuik"), REGISTERED, KAMERSTUK, null, true,
                        List.of("MJenV"), null, null, FollowUpStatus.UNKNOWN, ACTOR, NOW, REGISTERED));
    }

    @Test
    void canRegisterAToezeggingWhoseDueDateIsReadFromTheYearOfTheDebate() {
        fixture.givenNoPriorActivity()
                .when(new RegisterToezeggingCommand("t-1", "NAP", "Commissiedebat emancipatie", LocalDate.of(2023, 5, 10),
                        "De minister stuurt na de zomer een brief over daderprofielen.", List.of("SOCW", "MJenV"),
                        "na de zomer", null, NOT_STARTED, change(LocalDate.of(2023, 5, 10))))
                .expectEvents(new ToezeggingRegisteredEvent("t-1", "NAP", "Commissiedebat emancipatie", LocalDate.of(2023, 5, 10),
                        "De minister stuurt na de zomer een brief over daderprofielen.", List.of("SOCW", "MJenV"),
                        "na de zomer", LocalDate.of(2023, 9, 30), NOT_STARTED, ACTOR, NOW, LocalDate.of(2023, 5, 10)));
    }

    @Test
    void canRegisterARecurringToezeggingWithoutADueDateAndKeepItsText() {
        fixture.givenNoPriorActivity()
                .when(new RegisterToezeggingCommand("t-2", "NAP", null, null, "De Kamer wordt om de vier jaar geïnformeerd.",
                        List.of("MVWS"), "om de vier jaar", null, DELAYED, change(REGISTERED)))
                .expectEvents(new ToezeggingRegisteredEvent("t-2", "NAP", null, null, "De Kamer wordt om de vier jaar geïnformeerd.",
                        List.of("MVWS"), "om de vier jaar", null, DELAYED, ACTOR, NOW, REGISTERED));
    }

    @Test
    void canRegisterWithAnExplicitDueDateThatOverridesTheText() {
        fixture.givenNoPriorActivity()
                .when(new RegisterMotieCommand(ID, "NAP", List.of("Van der Laan c.s."), REGISTERED, KAMERSTUK, REQUEST,
                        List.of("SOCW"), "voor de zomer van 2025", LocalDate.of(2025, 7, 4), NOT_STARTED, change(REGISTERED)))
                .expectEvents(motieRegistered(LocalDate.of(2025, 7, 4), NOT_STARTED));
    }

    @Test
    void cannotRegisterWithoutAResponsibleMemberOfGovernment() {
        fixture.givenNoPriorActivity()
                .when(new RegisterMotieCommand(ID, "NAP", List.of("Kuik"), REGISTERED, KAMERSTUK, REQUEST,
                        List.of(), null, null, NOT_STARTED, change(REGISTERED)))
                .expectException(InvalidValueException.class);
    }

    @Test
    void canRecordAStandVanZakenThatChangesTheStatus() {
        fixture.given(registered())
                .when(new RecordProgressCommand(ID, MOTIE, null, IN_PROGRESS, "Het onderzoek is gestart.", false, change(DAY)))
                .expectResultMessagePayload(1L)
                .expectEvents(new FollowUpProgressRecordedEvent(ID, MOTIE, NOT_STARTED, IN_PROGRESS, "Het onderzoek is gestart.", ACTOR, NOW, DAY));
    }

    @Test
    void canRecordANewStandVanZakenWithTheSameStatus() {
        fixture.given(registered(), progress(IN_PROGRESS, "Het onderzoek is gestart.", DAY))
                .when(new RecordProgressCommand(ID, MOTIE, null, IN_PROGRESS, "De resultaten volgen eind 2025.", false, change(DAY.plusMonths(3))))
                .expectEvents(new FollowUpProgressRecordedEvent(ID, MOTIE, IN_PROGRESS, IN_PROGRESS, "De resultaten volgen eind 2025.",
                        ACTOR, NOW, DAY.plusMonths(3)));
    }

    @Test
    void canRecordABackDatedStandVanZakenBetweenEarlierOnesWithTheStatusOfThatDayAsPrevious() {
        fixture.given(registered(), progress(IN_PROGRESS, "Gestart.", DAY), progress(DELAYED, "Vertraagd.", DAY.plusMonths(6)))
                .when(new RecordProgressCommand(ID, MOTIE, null, IN_PROGRESS, "Eerste resultaten binnen.", false, change(DAY.plusMonths(2))))
                .expectEvents(new FollowUpProgressRecordedEvent(ID, MOTIE, IN_PROGRESS, IN_PROGRESS, "Eerste resultaten binnen.",
                        ACTOR, NOW, DAY.plusMonths(2)));
    }

    @Test
    void cannotRecordAStandVanZakenThatChangesNothing() {
        fixture.given(registered(), progress(IN_PROGRESS, "Gestart.", DAY))
                .when(new RecordProgressCommand(ID, MOTIE, null, IN_PROGRESS, "Gestart.", false, change(DAY.plusDays(1))))
                .expectException(RuleViolatedException.class)
                .expectExceptionMessage(broken(new ProgressUnchanged(MOTIE)));
    }

    @Test
    void canRecordAStandVanZakenWhenTheVersionTheClientSawIsCurrent() {
        fixture.given(registered(), progress(IN_PROGRESS, "Gestart.", DAY))
                .when(new RecordProgressCommand(ID, MOTIE, 1L, DELAYED, "Vertraagd.", false, change(DAY.plusDays(1))))
                .expectEvents(new FollowUpProgressRecordedEvent(ID, MOTIE, IN_PROGRESS, DELAYED, "Vertraagd.", ACTOR, NOW, DAY.plusDays(1)))
                .expectResultMessagePayload(2L);
    }

    @Test
    void cannotChangeAgainstAStaleVersionEvenWhenTheChangeWouldAlsoBreakARule() {
        fixture.given(registered(), progress(IN_PROGRESS, "Gestart.", DAY))
                .when(new RecordProgressCommand(ID, MOTIE, 0L, IN_PROGRESS, "Gestart.", false, change(DAY.plusDays(1))))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void cannotFulfilThroughAStandVanZaken() {
        fixture.given(registered())
                .when(new RecordProgressCommand(ID, MOTIE, null, FULFILLED, "Klaar.", false, change(DAY)))
                .expectException(RuleViolatedException.class);
    }

    @Test
    void cannotRecordProgressOnAFulfilledMotieWithoutReopeningIt() {
        fixture.given(registered(), fulfilled(DAY))
                .when(new RecordProgressCommand(ID, MOTIE, null, IN_PROGRESS, "Toch nog niet af.", false, change(DAY.plusDays(3))))
                .expectException(RuleViolatedException.class)
                .expectExceptionMessage(broken(new FulfilledReopenFirst(MOTIE, DAY, DOCUMENT)));
    }

    @Test
    void canReopenAFulfilledMotieWithAnExplicitStandVanZaken() {
        fixture.given(registered(), fulfilled(DAY))
                .when(new RecordProgressCommand(ID, MOTIE, null, IN_PROGRESS, "De Kamer vraagt om een vervolg.", true, change(DAY.plusDays(3))))
                .expectEvents(new FollowUpProgressRecordedEvent(ID, MOTIE, FULFILLED, IN_PROGRESS, "De Kamer vraagt om een vervolg.",
                        ACTOR, NOW, DAY.plusDays(3)));
    }

    @Test
    void canRecordABackDatedStandVanZakenFromBeforeTheFulfilmentAsHistory() {
        fixture.given(registered(), fulfilled(DAY))
                .when(new RecordProgressCommand(ID, MOTIE, null, IN_PROGRESS, "Het onderzoek liep.", false, change(DAY.minusMonths(2))))
                .expectEvents(new FollowUpProgressRecordedEvent(ID, MOTIE, NOT_STARTED, IN_PROGRESS, "Het onderzoek liep.",
                        ACTOR, NOW, DAY.minusMonths(2)));
    }

    @Test
    void cannotChangeAnythingBeforeItWasRegistered() {
        fixture.given(registered())
                .when(new RecordProgressCommand(ID, MOTIE, null, IN_PROGRESS, "Gestart.", false, change(REGISTERED.minusDays(1))))
                .expectException(InvalidValueException.class);
    }

    @Test
    void cannotChangeAMotieThroughTheToezeggingPath() {
        fixture.given(registered())
                .when(new RecordProgressCommand(ID, TOEZEGGING, null, IN_PROGRESS, "Gestart.", false, change(DAY)))
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void canFulfilAMotieWithTheDocumentThatFulfilledIt() {
        fixture.given(registered(), progress(IN_PROGRESS, "Gestart.", DAY))
                .when(new FulfilCommand(ID, MOTIE, null, DOCUMENT, "Hiermee is invulling gegeven aan de motie.", change(DAY.plusMonths(1))))
                .expectEvents(new FollowUpFulfilledEvent(ID, MOTIE, IN_PROGRESS, DOCUMENT, "Hiermee is invulling gegeven aan de motie.",
                        ACTOR, NOW, DAY.plusMonths(1)));
    }

    @Test
    void cannotFulfilTwice() {
        fixture.given(registered(), fulfilled(DAY))
                .when(new FulfilCommand(ID, MOTIE, null, DOCUMENT, null, change(DAY.plusDays(1))))
                .expectException(RuleViolatedException.class);
    }

    @Test
    void cannotFulfilBeforeTheLatestStandVanZaken() {
        fixture.given(registered(), progress(IN_PROGRESS, "Gestart.", DAY))
                .when(new FulfilCommand(ID, MOTIE, null, DOCUMENT, null, change(DAY.minusDays(1))))
                .expectException(RuleViolatedException.class);
    }

    @Test
    void cannotFulfilWithoutADocument() {
        fixture.given(registered())
                .when(new FulfilCommand(ID, MOTIE, null, " ", null, change(DAY)))
                .expectException(InvalidValueException.class);
    }

    @Test
    void canLinkToAnActivityAndUnlinkAgain() {
        fixture.given(registered(), linked("activity-1"))
                .when(new UnlinkFromActivityCommand(ID, MOTIE, null, "activity-1", "Hoort bij een andere activiteit.", change(DAY)))
                .expectEvents(new FollowUpUnlinkedFromActivityEvent(ID, MOTIE, "activity-1", "Hoort bij een andere activiteit.", ACTOR, NOW, DAY));
    }

    @Test
    void canLinkToASecondActivity() {
        fixture.given(registered(), linked("activity-1"))
                .when(new LinkToActivityCommand(ID, MOTIE, null, "activity-2", change(DAY)))
                .expectEvents(new FollowUpLinkedToActivityEvent(ID, MOTIE, "activity-2", ACTOR, NOW, DAY));
    }

    @Test
    void cannotLinkTheSameActivityTwice() {
        fixture.given(registered(), linked("activity-1"))
                .when(new LinkToActivityCommand(ID, MOTIE, null, "activity-1", change(DAY)))
                .expectException(RuleViolatedException.class);
    }

    @Test
    void cannotUnlinkAnActivityThatIsNotLinked() {
        fixture.given(registered())
                .when(new UnlinkFromActivityCommand(ID, MOTIE, null, "activity-1", null, change(DAY)))
                .expectException(RuleViolatedException.class);
    }

    @Test
    void canReassignResponsibilityAfterACabinetChange() {
        fixture.given(registered())
                .when(new ReassignResponsibilityCommand(ID, MOTIE, null, List.of("SLMZ"), "Kabinetswissel", change(DAY)))
                .expectEvents(new FollowUpResponsibilityReassignedEvent(ID, MOTIE, List.of("SOCW"), List.of("SLMZ"), "Kabinetswissel", ACTOR, NOW, DAY));
    }

    @Test
    void cannotReassignResponsibilityToWhoAlreadyHasIt() {
        fixture.given(registered())
                .when(new ReassignResponsibilityCommand(ID, MOTIE, null, List.of("SOCW"), null, change(DAY)))
                .expectException(RuleViolatedException.class);
    }

    @Test
    void canBeHandledTogetherWithAnotherMotie() {
        fixture.given(registered())
                .when(new MergeWithCommand(ID, MOTIE, null, "motie-2", MOTIE, "Wordt geïntegreerd met bovenstaande motie opgepakt.", change(DAY)))
                .expectEvents(new FollowUpMergedEvent(ID, MOTIE, "motie-2", MOTIE, "Wordt geïntegreerd met bovenstaande motie opgepakt.", ACTOR, NOW, DAY));
    }

    @Test
    void cannotBeHandledTogetherWithItself() {
        fixture.given(registered())
                .when(new MergeWithCommand(ID, MOTIE, null, ID, MOTIE, null, change(DAY)))
                .expectException(InvalidValueException.class);
    }

    @Test
    void cannotBeMergedWithTheSameItemTwice() {
        fixture.given(registered(), new FollowUpMergedEvent(ID, MOTIE, "motie-2", MOTIE, null, ACTOR, NOW, DAY))
                .when(new MergeWithCommand(ID, MOTIE, null, "motie-2", MOTIE, null, change(DAY)))
                .expectException(RuleViolatedException.class);
    }

    @Test
    void canCorrectTheText() {
        fixture.given(registered())
                .when(new CorrectTextCommand(ID, MOTIE, null, REQUEST + " En de Kamer te informeren.", "Tekst aangevuld", change(DAY)))
                .expectEvents(new FollowUpTextCorrectedEvent(ID, MOTIE, REQUEST, REQUEST + " En de Kamer te informeren.", "Tekst aangevuld", ACTOR, NOW, DAY));
    }

    @Test
    void cannotCorrectTheTextToWhatItAlreadyIs() {
        fixture.given(registered())
                .when(new CorrectTextCommand(ID, MOTIE, null, REQUEST, null, change(DAY)))
                .expectException(RuleViolatedException.class);
    }

    @Test
    void canChangeTheDueDateAndKeepTheTextAsWritten() {
        fixture.given(registered())
                .when(new ChangeDueDateCommand(ID, MOTIE, null, "eind 2025", null, "Uitgesteld", change(DAY)))
                .expectEvents(new FollowUpDueDateChangedEvent(ID, MOTIE, "voor de zomer van 2025", LocalDate.of(2025, 6, 30),
                        "eind 2025", LocalDate.of(2025, 12, 31), "Uitgesteld", ACTOR, NOW, DAY));
    }

    @Test
    void cannotChangeTheDueDateToTheSameDate() {
        fixture.given(registered())
                .when(new ChangeDueDateCommand(ID, MOTIE, null, "voor de zomer van 2025", null, null, change(DAY)))
                .expectException(RuleViolatedException.class);
    }

    @Test
    void canBeMarkedOverdueOnceItsDueDatePassedUnfulfilled() {
        Instant dayAfter = Instant.parse("2025-06-30T22:00:01Z");
        fixture.given(registered())
                .when(new MarkOverdueCommand(ID, MOTIE, LocalDate.of(2025, 6, 30), dayAfter))
                .expectEvents(new FollowUpOverdueEvent(ID, MOTIE, LocalDate.of(2025, 6, 30), NOT_STARTED, "system", dayAfter,
                        LocalDate.of(2025, 7, 1)));
    }

    @Test
    void cannotBeMarkedOverdueBeforeTheDueDatePassed() {
        fixture.given(registered())
                .when(new MarkOverdueCommand(ID, MOTIE, LocalDate.of(2025, 6, 30), Instant.parse("2025-06-30T21:59:59Z")))
                .expectNoEvents();
    }

    @Test
    void cannotBeMarkedOverdueWhenFulfilled() {
        fixture.given(registered(), fulfilled(DAY))
                .when(new MarkOverdueCommand(ID, MOTIE, LocalDate.of(2025, 6, 30), Instant.parse("2025-08-01T00:00:00Z")))
                .expectNoEvents();
    }

    @Test
    void cannotBeMarkedOverdueTwiceForTheSameDueDate() {
        fixture.given(registered(), new FollowUpOverdueEvent(ID, MOTIE, LocalDate.of(2025, 6, 30), NOT_STARTED, "system", NOW, LocalDate.of(2025, 7, 1)))
                .when(new MarkOverdueCommand(ID, MOTIE, LocalDate.of(2025, 6, 30), Instant.parse("2025-08-01T00:00:00Z")))
                .expectNoEvents();
    }

    @Test
    void cannotBeMarkedOverdueForADueDateThatWasMoved() {
        fixture.given(registered(), new FollowUpDueDateChangedEvent(ID, MOTIE, "voor de zomer van 2025", LocalDate.of(2025, 6, 30),
                        "eind 2025", LocalDate.of(2025, 12, 31), null, ACTOR, NOW, DAY))
                .when(new MarkOverdueCommand(ID, MOTIE, LocalDate.of(2025, 6, 30), Instant.parse("2025-08-01T00:00:00Z")))
                .expectNoEvents();
    }

    @Test
    void canBeMarkedOverdueForTheNewDueDateAfterTheOldOneWasOverdue() {
        Instant later = Instant.parse("2026-01-02T00:00:00Z");
        fixture.given(registered(), new FollowUpOverdueEvent(ID, MOTIE, LocalDate.of(2025, 6, 30), NOT_STARTED, "system", NOW, LocalDate.of(2025, 7, 1)),
                        new FollowUpDueDateChangedEvent(ID, MOTIE, "voor de zomer van 2025", LocalDate.of(2025, 6, 30),
                                "eind 2025", LocalDate.of(2025, 12, 31), null, ACTOR, NOW, DAY))
                .when(new MarkOverdueCommand(ID, MOTIE, LocalDate.of(2025, 12, 31), later))
                .expectEvents(new FollowUpOverdueEvent(ID, MOTIE, LocalDate.of(2025, 12, 31), NOT_STARTED, "system", later, LocalDate.of(2026, 1, 1)));
    }

    @Test
    void everyRuleHasAStableCodeForTheProblemResponse() {
        assertThat(FollowUpRule.class.getPermittedSubclasses())
                .allSatisfy(rule -> assertThat(rule.getAnnotation(RuleCode.class)).as(rule.getSimpleName()).isNotNull());
    }

    /** Rules carry their facts; the exception's message names the rule with them, so the test can say which rule broke. */
    private static String broken(BrokenRule rule) {
        return rule.toString();
    }

    private static DatedChange change(LocalDate effectiveDate) {
        return new DatedChange(ACTOR, NOW, effectiveDate);
    }

    private static MotieRegisteredEvent registered() {
        return motieRegistered(LocalDate.of(2025, 6, 30), NOT_STARTED);
    }

    private static MotieRegisteredEvent motieRegistered(LocalDate dueDate, FollowUpStatus status) {
        return new MotieRegisteredEvent(ID, "NAP", List.of("Van der Laan c.s."), REGISTERED, KAMERSTUK, REQUEST, false,
                List.of("SOCW"), "voor de zomer van 2025", dueDate, status, ACTOR, NOW, REGISTERED);
    }

    private static FollowUpProgressRecordedEvent progress(FollowUpStatus status, String text, LocalDate on) {
        return new FollowUpProgressRecordedEvent(ID, MOTIE, NOT_STARTED, status, text, ACTOR, NOW, on);
    }

    private static FollowUpFulfilledEvent fulfilled(LocalDate on) {
        return new FollowUpFulfilledEvent(ID, MOTIE, IN_PROGRESS, DOCUMENT, null, ACTOR, NOW, on);
    }

    private static FollowUpLinkedToActivityEvent linked(String activityId) {
        return new FollowUpLinkedToActivityEvent(ID, MOTIE, activityId, ACTOR, NOW, REGISTERED);
    }
}
