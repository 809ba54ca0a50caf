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

record RegisterToezeggingRequest(
        @Schema(example = "NAP") @NotBlank @Size(max = TextLimits.PROGRAMME) String programme,
        @Schema(example = "Commissiedebat seksuele intimidatie en seksueel geweld") @Size(max = FollowUpLimits.OCCASION) String occasion,
        @Schema(example = "2023-05-10") @PastOrPresent LocalDate occasionDate,
        @Schema(example = "De minister stuurt na de zomer, samen met de minister van JenV, een brief over daderprofielen straatintimidatie.")
        @NotBlank @Size(max = TextLimits.LONG_TEXT) String text,
        @Schema(example = "[\"SOCW\", \"MJenV\"]") @NotEmpty @Size(max = FollowUpLimits.RESPONSIBLE_PARTIES) List<@NotBlank @Size(max = FollowUpLimits.RESPONSIBLE) String> responsible,
        @Schema(example = "na de zomer", description = "Zoals het is toegezegd: \"na de zomer\", \"voor de zomer van 2025\", "
                + "\"eind 2025\", \"najaar 2023\", \"Q3 2025\", \"om de vier jaar\"") @Size(max = FollowUpLimits.DUE_TEXT) String dueText,
        @Schema(example = "2023-09-30", description = "Alleen nodig als de tekst geen datum noemt die we kunnen lezen") LocalDate dueDate,
        @Schema(example = "IN_PROGRESS", description = "Standaard NOT_STARTED") FollowUpStatus status,
        @Schema(example = "2023-05-10", description = "Wanneer het gebeurde; standaard vandaag, nooit in de toekomst") LocalDate effectiveDate) {
}
