package nl.voortgang.activity.command;

import static nl.voortgang.contracts.activity.ActivityStatus.ABORTED;
import static nl.voortgang.contracts.activity.ActivityStatus.COMPLETED;
import static nl.voortgang.contracts.activity.ActivityStatus.DELAYED;
import static nl.voortgang.contracts.activity.ActivityStatus.IN_PROGRESS;
import static nl.voortgang.contracts.activity.ActivityStatus.NOT_STARTED;
import static nl.voortgang.contracts.activity.ActivityStatus.ONGOING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.voortgang.activity.command.ActivityRule.ClosedOnThatDate;
import nl.voortgang.activity.command.ActivityRule.DelayNotLater;
import nl.voortgang.activity.command.ActivityRule.NotClosed;
import nl.voortgang.activity.command.ActivityRule.NothingChanges;
import nl.voortgang.activity.command.ActivityRule.StatusHasItsOwnCommand;
import nl.voortgang.activity.command.ActivityRule.StatusUnchanged;
import nl.voortgang.activity.command.ActivityRule.Unchanged;
import nl.voortgang.command.domain.BrokenRule;
import nl.voortgang.command.domain.CommonRules.BeforeRegistration;
import nl.voortgang.command.domain.DatedChange;
import nl.voortgang.command.domain.RuleCode;
import nl.voortgang.command.domain.InvalidValueException;
import nl.voortgang.command.domain.RuleViolatedException;
import nl.voortgang.contracts.activity.ActivityAbortedEvent;
import nl.voortgang.contracts.activity.ActivityCompletedEvent;
import nl.voortgang.contracts.activity.ActivityDelayedEvent;
import nl.voortgang.contracts.activity.ActivityDetailsCorrectedEvent;
import nl.voortgang.contracts.activity.ActivityProgressReportedEvent;
import nl.voortgang.contracts.activity.ActivityRegisteredEvent;
import nl.voortgang.contracts.activity.ActivityReopenedEvent;
import nl.voortgang.contracts.activity.ActivityResponsibleChangedEvent;
import nl.voortgang.contracts.activity.ActivityStatus;
import nl.voortgang.contracts.activity.ActivityStatusChangedEvent;
import nl.voortgang.contracts.activity.Planning;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ActivityTest {

    private static final String ID = "activity-1";
    private static final String ACTOR = "programmabureau";
    private static final Instant NOW = Instant.parse("2024-03-15T09:30:00Z");
    private static final LocalDate REGISTERED_ON = LocalDate.of(2023, 1, 13);
    private static final LocalDate JANUARY = LocalDate.of(2024, 1, 15);
    private static final LocalDate MARCH = LocalDate.of(2024, 3, 1);
    private static final LocalDate JUNE = LocalDate.of(2024, 6, 1);
    private static final Planning Q4_2023 = planning("Q4 2023");
    private static final Planning Q1_2024 = planning("Q1 2024");
    private static final Planning Q3_2024 = planning("Q3 2024");

    private FixtureConfiguration<Activity> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Activity.class);
    }

    @Test
    void canRegisterAnActivityOfAnActionLine() {
        fixture.givenNoPriorActivity()
                .when(new RegisterActivityCommand(ID, "NAP", 1, "NAP-1.01", "Campagne werkvloer", null, Q4_2023, null,
                        List.of("OCW", "SZW"), IN_PROGRESS, null, new DatedChange(ACTOR, NOW, REGISTERED_ON)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(activityRegistered());
    }

    @Test
    void canChangeTheStatusAndAnswersTheNewVersion() {
        fixture.given(activityRegistered())
                .when(changeStatus(ONGOING, MARCH))
                .expectEvents(statusChanged(IN_PROGRESS, ONGOING, MARCH))
                .expectResultMessagePayload(1L);
    }

    @Test
    void cannotChangeTheStatusToTheStatusItAlreadyHas() {
        fixture.given(activityRegistered())
                .when(changeStatus(IN_PROGRESS, MARCH))
                .expectException(RuleViolatedException.class)
                .expectExceptionMessage(broken(new StatusUnchanged(IN_PROGRESS, MARCH)))
                .expectNoEvents();
    }

    @Test
    void cannotChangeTheStatusOfACompletedActivity() {
        fixture.given(activityRegistered(), completed(IN_PROGRESS, JANUARY))
                .when(changeStatus(ONGOING, MARCH))
                .expectException(RuleViolatedException.class)
                .expectExceptionMessage(broken(new ClosedOnThatDate(COMPLETED, MARCH)));
    }

    @Test
    void cannotChangeTheStatusOfAnAbortedActivity() {
        fixture.given(activityRegistered(), aborted(IN_PROGRESS, JANUARY))
                .when(changeStatus(IN_PROGRESS, MARCH))
                .expectException(RuleViolatedException.class)
                .expectExceptionMessage(broken(new ClosedOnThatDate(ABORTED, MARCH)));
    }

    @Test
    void cannotCompleteOrAbortThroughAStatusChange() {
        fixture.given(activityRegistered())
                .when(changeStatus(COMPLETED, MARCH))
                .expectException(InvalidValueException.class)
                .expectExceptionMessage(containsString(broken(new StatusHasItsOwnCommand(COMPLETED))));
    }

    @Test
    void canDelayAnActivityToALaterPlanningAndKeepsTheOriginalPlanning() {
        fixture.given(activityRegistered())
                .when(delay(Q1_2024, MARCH))
                .expectEvents(delayed(IN_PROGRESS, Q4_2023, Q1_2024, Q4_2023, MARCH));
    }

    @Test
    void canDelayADelayedActivityAgainAndKeepsThePlanningBeforeTheFirstDelay() {
        fixture.given(activityRegistered(), delayed(IN_PROGRESS, Q4_2023, Q1_2024, Q4_2023, JANUARY))
                .when(delay(Q3_2024, MARCH))
                .expectEvents(delayed(DELAYED, Q1_2024, Q3_2024, Q4_2023, MARCH));
    }

    @Test
    void canDelayAnActivityRegisteredWithAnOriginalPlanningAndKeepsThatOne() {
        fixture.given(new ActivityRegisteredEvent(ID, "NAP", 1, "NAP-1.01", "Campagne werkvloer", null, Q1_2024, Q4_2023,
                        List.of("OCW", "SZW"), DELAYED, null, ACTOR, NOW, REGISTERED_ON))
                .when(delay(Q3_2024, MARCH))
                .expectEvents(delayed(DELAYED, Q1_2024, Q3_2024, Q4_2023, MARCH));
    }

    @Test
    void cannotDelayToAPlanningThatDoesNotEndLater() {
        fixture.given(activityRegistered())
                .when(delay(planning("Q3 2023"), MARCH))
                .expectException(RuleViolatedException.class)
                .expectExceptionMessage(broken(new DelayNotLater(planning("Q3 2023"), Q4_2023, MARCH)));
    }

    @Test
    void cannotDelayToThePlanningItAlreadyHas() {
        fixture.given(activityRegistered())
                .when(delay(planning("Q4 2023"), MARCH))
                .expectException(RuleViolatedException.class)
                .expectExceptionMessage(broken(new NothingChanges(MARCH, Unchanged.PLANNING, "Q4 2023")));
    }

    @Test
    void canDelayToAnOpenEndedPlanning() {
        fixture.given(activityRegistered())
                .when(delay(planning("Vanaf 2024"), MARCH))
                .expectEvents(delayed(IN_PROGRESS, Q4_2023, planning("Vanaf 2024"), Q4_2023, MARCH));
    }

    @Test
    void canDelayAnOpenEndedPlanningOnlyByStartingLater() {
        fixture.given(activityRegisteredWith(planning("Vanaf 2023"), IN_PROGRESS))
                .when(delay(planning("Vanaf Q2 2024"), MARCH))
                .expectEvents(delayed(IN_PROGRESS, planning("Vanaf 2023"), planning("Vanaf Q2 2024"), planning("Vanaf 2023"), MARCH));
    }

    @Test
    void cannotDelayAnOpenEndedPlanningToAPlanningWithAnEnd() {
        fixture.given(activityRegisteredWith(planning("Vanaf 2023"), IN_PROGRESS))
                .when(delay(planning("2023-2030"), MARCH))
                .expectException(RuleViolatedException.class)
                .expectExceptionMessage(broken(new DelayNotLater(planning("2023-2030"), planning("Vanaf 2023"), MARCH)));
    }

    @Test
    void cannotDelayACompletedActivity() {
        fixture.given(activityRegistered(), completed(IN_PROGRESS, JANUARY))
                .when(delay(Q3_2024, MARCH))
                .expectException(RuleViolatedException.class);
    }

    @Test
    void canCompleteAnActivity() {
        fixture.given(activityRegistered())
                .when(new CompleteActivityCommand(ID, null, "Het onderzoek is afgerond.", on(MARCH)))
                .expectEvents(new ActivityCompletedEvent(ID, IN_PROGRESS, "Het onderzoek is afgerond.", ACTOR, NOW, MARCH));
    }

    @Test
    void cannotCompleteACompletedActivity() {
        fixture.given(activityRegistered(), completed(IN_PROGRESS, JANUARY))
                .when(new CompleteActivityCommand(ID, null, null, on(MARCH)))
                .expectException(RuleViolatedException.class)
                .expectExceptionMessage(broken(new NothingChanges(MARCH, Unchanged.COMPLETED, null)));
    }

    @Test
    void cannotCompleteAnAbortedActivity() {
        fixture.given(activityRegistered(), aborted(IN_PROGRESS, JANUARY))
                .when(new CompleteActivityCommand(ID, null, null, on(MARCH)))
                .expectException(RuleViolatedException.class)
                .expectExceptionMessage(broken(new ClosedOnThatDate(ABORTED, MARCH)));
    }

    @Test
    void canAbortAnActivityWithAReason() {
        fixture.given(activityRegisteredWith(Q4_2023, NOT_STARTED))
                .when(new AbortActivityCommand(ID, null, "Geen doelmatige besteding.", on(MARCH)))
                .expectEvents(new ActivityAbortedEvent(ID, NOT_STARTED, "Geen doelmatige besteding.", ACTOR, NOW, MARCH));
    }

    @Test
    void cannotAbortACompletedActivity() {
        fixture.given(activityRegistered(), completed(IN_PROGRESS, JANUARY))
                .when(new AbortActivityCommand(ID, null, "Toch niet.", on(MARCH)))
                .expectException(RuleViolatedException.class);
    }

    @Test
    void cannotAbortAnAbortedActivity() {
        fixture.given(activityRegistered(), aborted(IN_PROGRESS, JANUARY))
                .when(new AbortActivityCommand(ID, null, "Nogmaals.", on(MARCH)))
                .expectException(RuleViolatedException.class)
                .expectExceptionMessage(broken(new NothingChanges(MARCH, Unchanged.ABORTED, null)));
    }

    @Test
    void canReopenACompletedActivity() {
        fixture.given(activityRegistered(), completed(IN_PROGRESS, JANUARY))
                .when(new ReopenActivityCommand(ID, null, IN_PROGRESS, "Vervolgonderzoek nodig.", on(MARCH)))
                .expectEvents(new ActivityReopenedEvent(ID, COMPLETED, IN_PROGRESS, "Vervolgonderzoek nodig.", ACTOR, NOW, MARCH));
    }

    @Test
    void canChangeTheStatusOfAReopenedActivity() {
        fixture.given(activityRegistered(), aborted(IN_PROGRESS, JANUARY),
                        new ActivityReopenedEvent(ID, ABORTED, NOT_STARTED, null, ACTOR, NOW, MARCH))
                .when(changeStatus(IN_PROGRESS, JUNE))
                .expectEvents(statusChanged(NOT_STARTED, IN_PROGRESS, JUNE))
                .expectResultMessagePayload(3L);
    }

    @Test
    void cannotReopenAnActivityThatIsStillOpen() {
        fixture.given(activityRegistered())
                .when(new ReopenActivityCommand(ID, null, IN_PROGRESS, null, on(MARCH)))
                .expectException(RuleViolatedException.class)
                .expectExceptionMessage(broken(new NotClosed(IN_PROGRESS, MARCH)));
    }

    @Test
    void cannotReopenAnActivityAsCompleted() {
        fixture.given(activityRegistered(), aborted(IN_PROGRESS, JANUARY))
                .when(new ReopenActivityCommand(ID, null, COMPLETED, null, on(MARCH)))
                .expectException(InvalidValueException.class);
    }

    @Test
    void canReportProgressWithFiguresAlsoOnACompletedActivity() {
        Map<String, BigDecimal> figures = Map.of("deelnemers workshops", new BigDecimal("8320"));
        fixture.given(activityRegistered(), completed(IN_PROGRESS, JANUARY))
                .when(new ReportActivityProgressCommand(ID, null, "2024", "Workshops op scholen gegeven.", figures, on(MARCH)))
                .expectEvents(new ActivityProgressReportedEvent(ID, "2024", "Workshops op scholen gegeven.", figures,
                        ACTOR, NOW, MARCH));
    }

    @Test
    void cannotReportTheSameProgressTwice() {
        fixture.given(activityRegistered(), new ActivityProgressReportedEvent(ID, "2024", "Workshops gegeven.", Map.of(),
                        ACTOR, NOW, JANUARY))
                .when(new ReportActivityProgressCommand(ID, null, "2024", "Workshops gegeven.", null, on(MARCH)))
                .expectException(RuleViolatedException.class)
                .expectExceptionMessage(broken(new NothingChanges(MARCH, Unchanged.PROGRESS_REPORT, "2024")));
    }

    @Test
    void canChangeTheResponsibleParties() {
        fixture.given(activityRegistered())
                .when(new ChangeActivityResponsibleCommand(ID, null, List.of("OCW", "VWS"), "VWS draagt mede bij.", on(MARCH)))
                .expectEvents(new ActivityResponsibleChangedEvent(ID, List.of("OCW", "SZW"), List.of("OCW", "VWS"),
                        "VWS draagt mede bij.", ACTOR, NOW, MARCH));
    }

    @Test
    void cannotChangeTheResponsiblePartiesToTheSameParties() {
        fixture.given(activityRegistered())
                .when(new ChangeActivityResponsibleCommand(ID, null, List.of("OCW", " SZW", "OCW"), null, on(MARCH)))
                .expectException(RuleViolatedException.class)
                .expectExceptionMessage(broken(new NothingChanges(MARCH, Unchanged.RESPONSIBLE, "OCW, SZW")));
    }

    @Test
    void canCorrectTheTitleAndKeepTheDescription() {
        fixture.given(activityRegistered())
                .when(new CorrectActivityDetailsCommand(ID, null, "Campagne omgangsvormen op de werkvloer", null,
                        "Titel verduidelijkt.", on(MARCH)))
                .expectEvents(new ActivityDetailsCorrectedEvent(ID, "Campagne werkvloer", "Campagne omgangsvormen op de werkvloer",
                        null, null, "Titel verduidelijkt.", ACTOR, NOW, MARCH));
    }

    @Test
    void cannotCorrectTheDetailsToWhatTheyAlreadyAre() {
        fixture.given(activityRegistered())
                .when(new CorrectActivityDetailsCommand(ID, null, "Campagne werkvloer", null, null, on(MARCH)))
                .expectException(RuleViolatedException.class)
                .expectExceptionMessage(broken(new NothingChanges(MARCH, Unchanged.DETAILS, null)));
    }

    @Test
    void cannotCorrectTheDetailsWithoutATitleOrDescription() {
        fixture.given(activityRegistered())
                .when(new CorrectActivityDetailsCommand(ID, null, null, null, "Niets.", on(MARCH)))
                .expectException(InvalidValueException.class);
    }

    @Test
    void canRecordABackDatedChangeBetweenEarlierOnesWhileTheLatestDateStaysCurrent() {
        fixture.given(activityRegistered(), statusChanged(IN_PROGRESS, ONGOING, JUNE))
                .when(changeStatus(DELAYED, MARCH))
                .expectEvents(statusChanged(IN_PROGRESS, DELAYED, MARCH))
                .expectState(activity -> {
                    assertThat(activity.current().status()).isEqualTo(ONGOING);
                    assertThat(activity.on(MARCH).status()).isEqualTo(DELAYED);
                    assertThat(activity.on(JANUARY).status()).isEqualTo(IN_PROGRESS);
                });
    }

    @Test
    void canChangeTheStatusBackDatedToBeforeTheActivityWasCompleted() {
        fixture.given(activityRegistered(), completed(IN_PROGRESS, JUNE))
                .when(changeStatus(DELAYED, MARCH))
                .expectEvents(statusChanged(IN_PROGRESS, DELAYED, MARCH))
                .expectState(activity -> assertThat(activity.current().status()).isEqualTo(COMPLETED));
    }

    @Test
    void cannotChangeTheStatusBackDatedToWhenTheActivityWasAlreadyCompleted() {
        fixture.given(activityRegistered(), completed(IN_PROGRESS, JANUARY), statusChanged(COMPLETED, ONGOING, JUNE))
                .when(changeStatus(DELAYED, MARCH))
                .expectException(RuleViolatedException.class)
                .expectExceptionMessage(broken(new ClosedOnThatDate(COMPLETED, MARCH)));
    }

    @Test
    void canDelayBackDatedAgainstThePlanningInEffectThen() {
        fixture.given(activityRegistered(), delayed(IN_PROGRESS, Q4_2023, Q3_2024, Q4_2023, JUNE))
                .when(delay(Q1_2024, MARCH))
                .expectEvents(delayed(IN_PROGRESS, Q4_2023, Q1_2024, Q4_2023, MARCH))
                .expectState(activity -> assertThat(activity.current().planning()).isEqualTo(Q3_2024));
    }

    @Test
    void changesOnTheSameDateCountInTheOrderTheyWereRecorded() {
        fixture.given(activityRegistered(), statusChanged(IN_PROGRESS, ONGOING, MARCH), statusChanged(ONGOING, DELAYED, MARCH))
                .when(changeStatus(DELAYED, MARCH))
                .expectException(RuleViolatedException.class)
                .expectExceptionMessage(broken(new StatusUnchanged(DELAYED, MARCH)));
    }

    @Test
    void cannotRecordAChangeBeforeTheActivityWasRegistered() {
        fixture.given(activityRegistered())
                .when(changeStatus(ONGOING, REGISTERED_ON.minusDays(1)))
                .expectException(InvalidValueException.class)
                .expectExceptionMessage(containsString(broken(new BeforeRegistration(REGISTERED_ON.minusDays(1), REGISTERED_ON))));
    }

    @Test
    void canChangeWhenTheVersionTheClientSawIsCurrent() {
        fixture.given(activityRegistered(), statusChanged(IN_PROGRESS, ONGOING, JANUARY))
                .when(new ChangeActivityStatusCommand(ID, 1L, DELAYED, null, on(MARCH)))
                .expectEvents(statusChanged(ONGOING, DELAYED, MARCH))
                .expectResultMessagePayload(2L);
    }

    @Test
    void cannotChangeWhenTheVersionTheClientSawIsStale() {
        fixture.given(activityRegistered(), statusChanged(IN_PROGRESS, ONGOING, JANUARY))
                .when(new ChangeActivityStatusCommand(ID, 0L, ONGOING, null, on(MARCH)))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void everyRuleHasAStableCodeForTheProblemResponse() {
        assertThat(ActivityRule.class.getPermittedSubclasses())
                .allSatisfy(rule -> assertThat(rule.getAnnotation(RuleCode.class)).as(rule.getSimpleName()).isNotNull());
    }

    /** Rules carry their facts; the exception's message names the rule with them, so the test can say which rule broke. */
    private static String broken(BrokenRule rule) {
        return rule.toString();
    }

    private static ActivityRegisteredEvent activityRegistered() {
        return activityRegisteredWith(Q4_2023, IN_PROGRESS);
    }

    private static ActivityRegisteredEvent activityRegisteredWith(Planning planning, ActivityStatus status) {
        return new ActivityRegisteredEvent(ID, "NAP", 1, "NAP-1.01", "Campagne werkvloer", null, planning, null,
                List.of("OCW", "SZW"), status, null, ACTOR, NOW, REGISTERED_ON);
    }

    private static ActivityStatusChangedEvent statusChanged(ActivityStatus from, ActivityStatus to, LocalDate date) {
        return new ActivityStatusChangedEvent(ID, from, to, null, ACTOR, NOW, date);
    }

    private static ActivityDelayedEvent delayed(ActivityStatus from, Planning previous, Planning next, Planning original,
                                                LocalDate date) {
        return new ActivityDelayedEvent(ID, from, previous, next, original, "Aanbesteding duurde langer.", ACTOR, NOW, date);
    }

    private static ActivityCompletedEvent completed(ActivityStatus from, LocalDate date) {
        return new ActivityCompletedEvent(ID, from, null, ACTOR, NOW, date);
    }

    private static ActivityAbortedEvent aborted(ActivityStatus from, LocalDate date) {
        return new ActivityAbortedEvent(ID, from, "Geen doelmatige besteding.", ACTOR, NOW, date);
    }

    private static ChangeActivityStatusCommand changeStatus(ActivityStatus status, LocalDate date) {
        return new ChangeActivityStatusCommand(ID, null, status, null, on(date));
    }

    private static DelayActivityCommand delay(Planning newPlanning, LocalDate date) {
        return new DelayActivityCommand(ID, null, newPlanning, "Aanbesteding duurde langer.", on(date));
    }

    private static DatedChange on(LocalDate effectiveDate) {
        return new DatedChange(ACTOR, NOW, effectiveDate);
    }

    private static Planning planning(String text) {
        return PlanningParser.parse("planning", text);
    }
}
