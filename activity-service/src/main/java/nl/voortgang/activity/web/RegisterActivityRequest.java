package nl.voortgang.activity.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.voortgang.activity.command.ActivityLimits;
import nl.voortgang.command.domain.TextLimits;
import nl.voortgang.contracts.activity.ActivityStatus;

record RegisterActivityRequest(
        @Schema(example = "NAP") @NotBlank @Size(max = TextLimits.PROGRAMME) String programme,
        @Schema(example = "1") @Min(ActivityLimits.ACTION_LINE_MIN) @Max(ActivityLimits.ACTION_LINE_MAX) int actionLine,
        @Schema(example = "NAP-1.01") @Size(max = ActivityLimits.CODE) String code,
        @Schema(example = "Campagne gericht op het voeren van het gesprek over gewenste omgangsvormen op de werkvloer")
        @NotBlank @Size(max = ActivityLimits.TITLE) String title,
        @Schema(example = "De eerste campagne onder de regel 'met elkaar trekken we de grens'.") @Size(max = TextLimits.LONG_TEXT) String description,
        @Schema(example = "Q1 2024") @NotBlank @Size(max = ActivityLimits.PLANNING) String planning,
        @Schema(example = "Q4 2023", description = "Oorspronkelijke planning, als de activiteit al vertraagd was") @Size(max = ActivityLimits.PLANNING) String originalPlanning,
        @Schema(example = "[\"OCW\", \"SZW\"]") @NotEmpty @Size(max = ActivityLimits.RESPONSIBLE_PARTIES) List<@NotBlank @Size(max = ActivityLimits.RESPONSIBLE) String> responsible,
        @Schema(example = "IN_PROGRESS", description = "Standaard NOT_STARTED") ActivityStatus status,
        @Schema(example = "De campagne start rond de conferentie op 21 maart 2024.") @Size(max = TextLimits.LONG_TEXT) String explanation,
        @Schema(example = "2023-01-13", description = "Wanneer het gebeurde; standaard vandaag, nooit in de toekomst") LocalDate effectiveDate) {
}
