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
import nl.voortgang.contracts.activity.ActivityStatus;

record RegisterActivityRequest(
        @Schema(example = "NAP") @NotBlank @Size(max = 50) String programme,
        @Schema(example = "1") @Min(1) @Max(99) int actionLine,
        @Schema(example = "NAP-1.01") @Size(max = 50) String code,
        @Schema(example = "Campagne gericht op het voeren van het gesprek over gewenste omgangsvormen op de werkvloer")
        @NotBlank @Size(max = 300) String title,
        @Schema(example = "De eerste campagne onder de regel 'met elkaar trekken we de grens'.") @Size(max = 10_000) String description,
        @Schema(example = "Q1 2024") @NotBlank @Size(max = 100) String planning,
        @Schema(example = "Q4 2023", description = "Oorspronkelijke planning, where the activity was already delayed") @Size(max = 100) String originalPlanning,
        @Schema(example = "[\"OCW\", \"SZW\"]") @NotEmpty List<@NotBlank @Size(max = 100) String> responsible,
        @Schema(example = "IN_PROGRESS", description = "Defaults to NOT_STARTED") ActivityStatus status,
        @Schema(example = "De campagne start rond de conferentie op 21 maart 2024.") @Size(max = 10_000) String explanation,
        @Schema(example = "2023-01-13", description = "When it happened; defaults to today, never in the future") LocalDate effectiveDate) {
}
