package nl.voortgang.motie.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.voortgang.command.domain.TextLimits;
import nl.voortgang.contracts.motie.FollowUpStatus;
import nl.voortgang.motie.command.FollowUpLimits;

record RegisterMotieRequest(
        @Schema(example = "NAP") @NotBlank @Size(max = TextLimits.PROGRAMME) String programme,
        @Schema(example = "[\"Van der Laan c.s.\"]") @NotEmpty @Size(max = FollowUpLimits.SUBMITTERS) List<@NotBlank @Size(max = FollowUpLimits.SUBMITTER) String> submitters,
        @Schema(example = "2023-04-04") @PastOrPresent LocalDate adoptedDate,
        @Schema(example = "2022/23") @Size(max = FollowUpLimits.KAMERSTUK_PART) String parliamentaryYear,
        @Schema(example = "34843") @Size(max = FollowUpLimits.KAMERSTUK_PART) String dossier,
        @Schema(example = "80") @Size(max = FollowUpLimits.KAMERSTUK_PART) String number,
        @Schema(example = "De Tweede Kamer verzoekt de regering in beeld te brengen wat er nodig is om de GREVIO-aanbeveling te implementeren.")
        @Size(max = TextLimits.LONG_TEXT) String text,
        @Schema(example = "[\"SOCW\"]") @NotEmpty @Size(max = FollowUpLimits.RESPONSIBLE_PARTIES) List<@NotBlank @Size(max = FollowUpLimits.RESPONSIBLE) String> responsible,
        @Schema(example = "voor de zomer van 2025") @Size(max = FollowUpLimits.DUE_TEXT) String dueText,
        @Schema(example = "2025-06-30") LocalDate dueDate,
        @Schema(example = "IN_PROGRESS", description = "Standaard NOT_STARTED") FollowUpStatus status,
        @Schema(example = "2023-04-04", description = "Wanneer het gebeurde; standaard vandaag, nooit in de toekomst") LocalDate effectiveDate) {
}
