package nl.voortgang.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import nl.voortgang.localstack.Endpoints;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard in a real browser against the real local stack with the NAP data: what an officer
 * sees, changes made through the forms arriving live on a second page, time travel, and the
 * errors a form shows. Two browsers share the one stack of this JVM; screenshots of the main pages
 * go to target/screenshots.
 */
class DashboardBrowserIT {

    private static final String FIRST_REPORT = "2024-03-18";
    private static final Duration PAGE_READY = Duration.ofSeconds(20);
    private static final Duration LIVE_DEADLINE = Duration.ofSeconds(2);

    private static Endpoints stack;
    private static Browser officer;
    private static Browser colleague;

    @BeforeAll
    static void openBrowsers() {
        Assumptions.assumeTrue(Browser.installed(), "chromium and chromedriver are not installed: apt-get install -y chromium chromium-driver");
        stack = RunningStack.endpoints();
        await().atMost(Duration.ofSeconds(90)).until(() -> activityCount() >= 83);
        officer = Browser.open(1280, 800);
        logIn(officer.driver, "admin");
        colleague = Browser.open(1280, 800);
        logIn(colleague.driver, "admin");
    }

    @AfterAll
    static void closeBrowsers() {
        if (officer != null) {
            officer.close();
        }
        if (colleague != null) {
            colleague.close();
        }
    }

    @Test
    void theOverviewShowsTheNapProgrammeWithTheCountsOfTheSummary() {
        JsonNode summary = Http.get(stack.reportingService(), "/api/programme/summary").body();
        open(officer.driver, "/");

        assertThat(cellsOf(officer.driver, "per-action-line-table")).isEqualTo(expectedCells(summary.get("activities").get("perActionLineAndStatus")));
        assertThat(cellsOf(officer.driver, "per-ministry-table")).isEqualTo(expectedCells(summary.get("activities").get("perResponsibleAndStatus")));
        long activities = StreamSupport.stream(summary.get("activities").get("perStatus").spliterator(), false)
                .mapToLong(cell -> cell.get("count").asLong()).sum();
        assertThat(officer.driver.findElement(By.cssSelector("#per-action-line-table tfoot .total")).getText())
                .isEqualTo(String.valueOf(activities));
        assertThat(officer.driver.findElement(By.cssSelector("#per-action-line-table tbody tr[data-group='3'] th")).getText())
                .startsWith("3. Organisaties hebben processen voor preventie");
        assertThat(officer.driver.findElement(By.id("overdue-count")).getText()).isEqualTo(String.valueOf(summary.get("overdue").size()));
        assertThat(officer.driver.findElements(By.cssSelector("#follow-ups-table tbody tr")))
                .hasSize(Http.get(stack.reportingService(), "/api/moties").body().size()
                        + Http.get(stack.reportingService(), "/api/toezeggingen").body().size());
        assertThat(officer.driver.findElement(By.cssSelector("#per-action-line-table thead")).getText())
                .contains("Afgerond", "In uitvoering", "Doorlopend gedurende uitvoering programma", "In uitvoering met vertraging",
                        "Nog niet begonnen of afgebroken");
        wait(officer.driver, PAGE_READY).until(driver -> chartState(driver) != null);
        officer.fullPageScreenshot("overzicht");
        Browser phone = Browser.open(390, 844);
        try {
            open(phone.driver, "/");
            phone.screenshot("overzicht-telefoon");
            Long overflow = (Long) phone.driver.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(overflow).as("the page scrolls sideways on a phone").isLessThanOrEqualTo(0L);
        } finally {
            phone.close();
        }
    }

    @Test
    void theDatePickerShowsTheProgrammeOnTheFirstReportsDate() {
        open(officer.driver, "/");
        officer.driver.executeScript("document.getElementById('moment-date').value = arguments[0]", FIRST_REPORT);
        officer.driver.findElement(By.cssSelector(".moment__form button[type=submit]")).click();
        wait(officer.driver, PAGE_READY).until(ExpectedConditions.urlContains("date=" + FIRST_REPORT));

        JsonNode summary = Http.get(stack.reportingService(), "/api/programme/summary?date=" + FIRST_REPORT).body();
        assertThat(cellsOf(officer.driver, "per-action-line-table")).isEqualTo(expectedCells(summary.get("activities").get("perActionLineAndStatus")));
        assertThat(officer.driver.findElement(By.id("moment-status")).getText())
                .contains("18 maart 2024", "Live wijzigingen worden op een eerdere datum niet getoond");
        assertThat(officer.driver.findElement(By.id("live-off")).getText()).contains("Live wijzigingen worden niet getoond");
        officer.fullPageScreenshot("overzicht-18-maart-2024");
        assertThat(officer.driver.findElements(By.cssSelector(".downloads a")))
                .extracting(link -> link.getDomAttribute("href"))
                .contains("/api/reports/bijlage1?date=" + FIRST_REPORT + "&format=docx",
                        "/api/reports/bijlage2?date=" + FIRST_REPORT + "&format=pdf");

        officer.driver.findElement(By.xpath("//table[@id='delays-table']//a[contains(., 'NAP-1.02')]")).click();
        wait(officer.driver, PAGE_READY).until(ExpectedConditions.urlContains("date=" + FIRST_REPORT));
        assertThat(officer.driver.findElement(By.id("activity-status")).getText()).isEqualTo("In uitvoering met vertraging");
        officer.driver.findElement(By.linkText("Tweede voortgangsrapportage (31 maart 2025)")).click();
        wait(officer.driver, PAGE_READY).until(ExpectedConditions.urlContains("date=2025-03-31"));
        assertThat(officer.driver.findElement(By.id("activity-status")).getText()).isEqualTo("In uitvoering");
        assertThat(officer.driver.findElement(By.id("history-table")).getText()).contains("import", "In uitvoering met vertraging");
    }

    @Test
    void aStatusChangeThroughTheFormAppearsInTheFeedAndTheChartOfASecondPageWithinTwoSeconds() {
        JsonNode activity = activityWithCode("NAP-4.03");
        String id = activity.get("id").asString();
        assertThat(activity.get("status").asString()).isEqualTo("IN_PROGRESS");
        open(colleague.driver, "/");
        wait(colleague.driver, PAGE_READY).until(driver -> "true".equals(driver.findElement(By.id("live-feed")).getDomAttribute("data-connected")));
        String chartBefore = chartState(colleague.driver);
        String ongoingBefore = cell(colleague.driver, "4|Doorlopend gedurende uitvoering programma");

        open(officer.driver, "/activiteiten/" + id);
        new Select(officer.driver.findElement(By.id("status-form-status"))).selectByValue("ONGOING");
        officer.driver.findElement(By.id("status-form-explanation")).sendKeys("Loopt door tot het einde van het programma.");
        long clicked = System.nanoTime();
        officer.driver.findElement(By.cssSelector("#status-form button[type=submit]")).click();

        wait(colleague.driver, LIVE_DEADLINE).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#live-list li[data-entity-id='" + id + "']")));
        wait(colleague.driver, LIVE_DEADLINE).until(driver -> !chartState(driver).equals(chartBefore));
        Duration took = Duration.ofNanos(System.nanoTime() - clicked);
        System.out.println("status change to feed and chart of the second page: " + took.toMillis() + " ms");
        assertThat(took).isLessThanOrEqualTo(LIVE_DEADLINE);

        WebElement item = colleague.driver.findElement(By.cssSelector("#live-list li[data-entity-id='" + id + "']"));
        assertThat(item.getText()).contains("NAP-4.03", "Status gewijzigd", "Loopt door tot het einde van het programma.",
                "Doorlopend gedurende uitvoering programma");
        assertThat(cell(colleague.driver, "4|Doorlopend gedurende uitvoering programma"))
                .isEqualTo(String.valueOf(Integer.parseInt(ongoingBefore) + 1));
        colleague.screenshot("overzicht-live-wijziging");

        new Select(colleague.driver.findElement(By.id("filter-entity-type"))).selectByValue("MOTIE");
        assertThat(item.isDisplayed()).isFalse();
        new Select(colleague.driver.findElement(By.id("filter-entity-type"))).selectByValue("ACTIVITY");
        new Select(colleague.driver.findElement(By.id("filter-action-line"))).selectByValue("4");
        assertThat(item.isDisplayed()).isTrue();
    }

    @Test
    void anInvalidInputShowsTheErrorNextToItsField() {
        String id = activityWithCode("NAP-2.05").get("id").asString();
        open(officer.driver, "/activiteiten/" + id);
        officer.driver.findElement(By.id("delay-form-newPlanning")).sendKeys("als het uitkomt");
        officer.driver.findElement(By.id("delay-form-reason")).sendKeys("Het wetsvoorstel is later ingediend.");
        officer.driver.findElement(By.cssSelector("#delay-form button[type=submit]")).click();

        WebElement error = wait(officer.driver, PAGE_READY).until(
                ExpectedConditions.visibilityOfElementLocated(By.id("delay-form-newPlanning-error")));
        assertThat(error.getText()).isNotBlank();
        WebElement field = officer.driver.findElement(By.id("delay-form-newPlanning"));
        assertThat(field.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(field.getDomAttribute("aria-describedby")).contains("delay-form-newPlanning-error");
        assertThat(error.findElement(By.xpath("..")).getDomAttribute("class")).isEqualTo("field");
        assertThat(officer.driver.findElement(By.id("delay-form-reason-error")).isDisplayed()).isFalse();
        scrollTo(officer.driver, "delay-form");
        officer.screenshot("activiteit-foutmelding");
    }

    @Test
    void aStaleEditFromASecondPageIsRefusedWithTheMessage() {
        String id = activityWithCode("NAP-5.04").get("id").asString();
        open(officer.driver, "/activiteiten/" + id);
        open(colleague.driver, "/activiteiten/" + id);

        officer.driver.findElement(By.id("progress-form-period")).sendKeys("2026");
        officer.driver.findElement(By.id("progress-form-text")).sendKeys("De eerste helft van 2026 is afgerond.");
        officer.driver.findElement(By.cssSelector("#progress-form button[type=submit]")).click();
        wait(officer.driver, PAGE_READY).until(ExpectedConditions.textToBePresentInElementLocated(By.id("progress-form-result"), "Opgeslagen"));

        colleague.driver.findElement(By.id("progress-form-period")).sendKeys("2026");
        colleague.driver.findElement(By.id("progress-form-text")).sendKeys("Een andere stand, op een verouderde versie.");
        colleague.driver.findElement(By.cssSelector("#progress-form button[type=submit]")).click();

        WebElement refusal = wait(colleague.driver, PAGE_READY).until(ExpectedConditions.visibilityOfElementLocated(By.id("progress-form-error")));
        assertThat(refusal.getText()).contains("Niet opgeslagen: iemand anders heeft dit intussen gewijzigd", "Laad de pagina opnieuw");
        assertThat(refusal.findElement(By.linkText("Laad de pagina opnieuw")).getDomAttribute("href")).contains("/activiteiten/" + id);
        scrollTo(colleague.driver, "progress-form");
        colleague.screenshot("activiteit-verouderde-versie");
        colleague.driver.findElement(By.linkText("Laad de pagina opnieuw")).click();
        wait(colleague.driver, PAGE_READY).until(driver -> driver.findElement(By.id("history-table")).getText()
                .contains("De eerste helft van 2026 is afgerond."));
        colleague.fullPageScreenshot("activiteit");
    }

    @Test
    void anOcwEditorRecordsProgressOnAnOcwActivityAndSeesNoFormsOnAVwsActivity() {
        JsonNode activities = Http.get(stack.reportingService(), "/api/activities").body();
        String ocwActivity = firstWhose(activities, responsible -> responsible.contains("OCW"));
        String vwsActivity = firstWhose(activities, responsible -> responsible.contains("VWS") && !responsible.contains("OCW"));
        Browser editor = Browser.open(1280, 800);
        try {
            logIn(editor.driver, "ocw");
            open(editor.driver, "/activiteiten/" + vwsActivity);
            assertThat(editor.driver.findElements(By.cssSelector("form.command-form"))).isEmpty();
            assertThat(editor.driver.findElement(By.id("logged-in-as")).getText()).contains("Olga van OCW");
            assertThat(editor.driver.findElements(By.linkText("Activiteit registreren"))).isEmpty();

            open(editor.driver, "/activiteiten/" + ocwActivity);
            editor.driver.findElement(By.id("progress-form-period")).sendKeys("2025");
            editor.driver.findElement(By.id("progress-form-text")).sendKeys("Vastgelegd door de redacteur van OCW.");
            editor.driver.findElement(By.cssSelector("#progress-form button[type=submit]")).click();

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(Http.get(stack.reportingService(),
                    "/api/audit?entityId=" + ocwActivity + "&actor=ocw").body().get("total").asLong()).isEqualTo(1));
            editor.driver.findElement(By.id("logout")).click();
            wait(editor.driver, PAGE_READY).withMessage(() -> "after logout at " + editor.driver.getCurrentUrl() + ": "
                            + editor.driver.getPageSource().substring(0, Math.min(600, editor.driver.getPageSource().length())))
                    .until(driver -> driver.getCurrentUrl().startsWith(stack.identityProvider() + "/login"));
        } finally {
            editor.close();
        }
    }

    /** Logs the example user in at the local identity provider, as anyone opening the dashboard is asked to. */
    private static void logIn(WebDriver driver, String user) {
        driver.get(stack.reportingService().resolve("/").toString());
        wait(driver, PAGE_READY).until(d -> d.getCurrentUrl().startsWith(stack.identityProvider().toString()));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(user + "-voorbeeld");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        wait(driver, PAGE_READY).until(d -> d.getCurrentUrl().startsWith(stack.reportingService().toString())
                && !d.findElements(By.id("logged-in-as")).isEmpty());
    }

    private static String firstWhose(JsonNode activities, java.util.function.Predicate<java.util.List<String>> responsible) {
        return StreamSupport.stream(activities.spliterator(), false)
                .filter(a -> responsible.test(StreamSupport.stream(a.get("responsible").spliterator(), false)
                        .map(JsonNode::asString).toList()))
                .findFirst().orElseThrow().get("id").asString();
    }

    private static void open(WebDriver driver, String path) {
        driver.get(stack.reportingService().resolve(path).toString());
        wait(driver, PAGE_READY).until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private static WebDriverWait wait(WebDriver driver, Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout, Duration.ofMillis(50));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private static Map<String, String> cellsOf(WebDriver driver, String tableId) {
        Map<String, String> cells = new HashMap<>();
        for (WebElement cell : driver.findElements(By.cssSelector("#" + tableId + " tbody td[data-cell]"))) {
            if (!cell.getText().equals("0")) {
                cells.put(cell.getDomAttribute("data-cell"), cell.getText());
            }
        }
        return cells;
    }

    private static Map<String, String> expectedCells(JsonNode cells) {
        Map<String, Long> sums = new HashMap<>();
        for (JsonNode cell : cells) {
            sums.merge(cell.get("group").asString() + "|" + cell.get("statusLabel").asString(), cell.get("count").asLong(), Long::sum);
        }
        Map<String, String> expected = new HashMap<>();
        sums.forEach((key, count) -> expected.put(key, String.valueOf(count)));
        return expected;
    }

    private static String cell(WebDriver driver, String key) {
        return driver.findElement(By.cssSelector("#per-action-line-table td[data-cell='" + key + "']")).getText();
    }

    private static String chartState(WebDriver driver) {
        return driver.findElement(By.cssSelector("[data-chart-for='per-action-line-table']")).getDomAttribute("data-chart-state");
    }

    private static void scrollTo(WebDriver driver, String id) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    private static JsonNode activityWithCode(String code) {
        JsonNode activities = Http.get(stack.reportingService(), "/api/activities").body();
        return StreamSupport.stream(activities.spliterator(), false).filter(a -> code.equals(a.get("code").asString()))
                .findFirst().orElseThrow(() -> new AssertionError("no activity " + code));
    }

    private static long activityCount() {
        JsonNode activities = Http.get(stack.reportingService(), "/api/activities").body();
        return activities == null ? 0 : activities.size();
    }
}
