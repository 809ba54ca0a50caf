package nl.voortgang.activity.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.voortgang.activity.command.ActivityLimits;
import nl.voortgang.command.domain.TextLimits;
import nl.voortgang.contracts.activity.ActivityStatus;

/** The bodies of the changes to an existing activity; effectiveDate defaults to today and is never in the future. */
final class ActivityChangeRequests {

    static final int TEXT = TextLimits.LONG_TEXT;
    static final String EFFECTIVE_DATE = "Wanneer het in werkelijkheid gebeurde (yyyy-mm-dd); standaard vandaag, nooit in de toekomst, mag teruggedateerd";

    private ActivityChangeRequests() {
    }

    record StatusChange(
            @Schema(example = "IN_PROGRESS", description = "De nieuwe status; afronden en afbreken hebben een eigen endpoint")
            @NotNull ActivityStatus status,
            @Schema(example = "De voorbereiding van de campagne is gestart.") @Size(max = TEXT) String explanation,
            @Schema(example = "2024-03-01", description = EFFECTIVE_DATE) LocalDate effectiveDate) {
    }

    record Delay(
            @Schema(example = "Q3 2024", description = "De nieuwe planning (Wanneer), later dan de huidige") @NotBlank @Size(max = ActivityLimits.PLANNING) String newPlanning,
            @Schema(example = "De aanbesteding van de campagne liep vertraging op.") @NotBlank @Size(max = TEXT) String reason,
            @Schema(example = "2024-03-01", description = EFFECTIVE_DATE) LocalDate effectiveDate) {
    }

    record Completion(
            @Schema(example = "Het onderzoek is afgerond op 28 juli 2023.") @Size(max = TEXT) String explanation,
            @Schema(example = "2023-07-28", description = EFFECTIVE_DATE) LocalDate effectiveDate) {
    }

    record Abort(
            @Schema(example = "Vanwege een doelmatige besteding van middelen wordt de activiteit niet uitgevoerd.")
            @NotBlank @Size(max = TEXT) String reason,
            @Schema(example = "2024-03-01", description = EFFECTIVE_DATE) LocalDate effectiveDate) {
    }

    record Reopen(
            @Schema(example = "IN_PROGRESS", description = "De status waarin de activiteit verdergaat; standaard IN_PROGRESS")
            ActivityStatus status,
            @Schema(example = "Een vervolgonderzoek is nodig.") @Size(max = TEXT) String explanation,
            @Schema(example = "2024-09-01", description = EFFECTIVE_DATE) LocalDate effectiveDate) {
    }

    record Progress(
            @Schema(example = "2024", description = "De periode waarover gerapporteerd wordt") @NotBlank @Size(max = 50) String period,
            @Schema(example = "In 2024 zijn workshops op scholen gegeven.") @NotBlank @Size(max = TEXT) String text,
            @Schema(example = "{\"deelnemers workshops\": 8320}", description = "Kerncijfers: naam en getal")
            @Size(max = 100) Map<@NotBlank @Size(max = 200) String, @NotNull BigDecimal> figures,
            @Schema(example = "2024-12-31", description = EFFECTIVE_DATE) LocalDate effectiveDate) {
    }

    record ResponsibleChange(
            @Schema(example = "[\"OCW\", \"VWS\"]", description = "Wie: de verantwoordelijke partijen")
            @NotEmpty @Size(max = ActivityLimits.RESPONSIBLE_PARTIES) List<@NotBlank @Size(max = ActivityLimits.RESPONSIBLE) String> responsible,
            @Schema(example = "VWS draagt mede de verantwoordelijkheid.") @Size(max = TEXT) String explanation,
            @Schema(example = "2024-03-01", description = EFFECTIVE_DATE) LocalDate effectiveDate) {
    }

    record DetailsCorrection(
            @Schema(example = "Campagne gewenste omgangsvormen op de werkvloer", description = "Gecorrigeerde titel; weglaten laat hem staan")
            @Size(max = ActivityLimits.TITLE) String title,
            @Schema(example = "Eerste campagne onder de overkoepelende regel.", description = "Gecorrigeerde beschrijving; weglaten laat haar staan")
            @Size(max = TEXT) String description,
            @Schema(example = "Titel verduidelijkt.") @Size(max = TEXT) String explanation,
            @Schema(example = "2024-03-01", description = EFFECTIVE_DATE) LocalDate effectiveDate) {
    }
}
