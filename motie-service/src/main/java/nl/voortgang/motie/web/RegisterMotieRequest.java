package nl.voortgang.motie.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.voortgang.contracts.motie.FollowUpStatus;

record RegisterMotieRequest(
        @Schema(example = "NAP") @NotBlank @Size(max = 50) String programme,
        @Schema(example = "[\"Van der Laan c.s.\"]") @NotEmpty List<@NotBlank @Size(max = 200) String> submitters,
        @Schema(example = "2023-04-04") @PastOrPresent LocalDate adoptedDate,
        @Schema(example = "2022/23") @Size(max = 20) String parliamentaryYear,
        @Schema(example = "34843") @Size(max = 20) String dossier,
        @Schema(example = "80") @Size(max = 20) String number,
        @Schema(example = "De Tweede Kamer verzoekt de regering in beeld te brengen wat er nodig is om de GREVIO-aanbeveling te implementeren.")
        @Size(max = 10_000) String text,
        @Schema(example = "[\"SOCW\"]") @NotEmpty List<@NotBlank @Size(max = 50) String> responsible,
        @Schema(example = "voor de zomer van 2025") @Size(max = 200) String dueText,
        @Schema(example = "2025-06-30") LocalDate dueDate,
        @Schema(example = "IN_PROGRESS", description = "Defaults to NOT_STARTED") FollowUpStatus status,
        @Schema(example = "2023-04-04", description = "When it happened; defaults to today, never in the future") LocalDate effectiveDate) {
}
