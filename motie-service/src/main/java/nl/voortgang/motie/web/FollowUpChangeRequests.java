package nl.voortgang.motie.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.voortgang.command.domain.TextLimits;
import nl.voortgang.contracts.motie.FollowUpStatus;
import nl.voortgang.motie.command.FollowUpLimits;

/** The bodies of the changes to a motie or toezegging after its registration. */
final class FollowUpChangeRequests {

    static final String EFFECTIVE_DATE = "Wanneer het gebeurde; standaard vandaag, mag terug in de tijd, nooit in de toekomst "
            + "en niet voor de registratie";

    private FollowUpChangeRequests() {
    }

    record Progress(
            @Schema(example = "IN_PROGRESS", description = "De status na deze stand van zaken; FULFILLED gaat via /fulfilment")
            @NotNull FollowUpStatus status,
            @Schema(example = "Het onderzoek naar de digitale dimensie van geweld tegen vrouwen is gestart; de resultaten volgen in het najaar.")
            @NotBlank @Size(max = TextLimits.LONG_TEXT) String text,
            @Schema(example = "false", description = "true om een motie of toezegging waaraan invulling is gegeven te heropenen")
            Boolean reopen,
            @Schema(example = "2024-03-01", description = EFFECTIVE_DATE) LocalDate effectiveDate) {
    }

    record Fulfilment(
            @Schema(example = "Kamerstukken II 2024/25, 28345, nr. 281") @NotBlank @Size(max = 500) String document,
            @Schema(example = "Op 19 december 2024 is de beleidsreactie verstuurd. Hiermee is invulling gegeven aan de motie.")
            @Size(max = TextLimits.LONG_TEXT) String explanation,
            @Schema(example = "2024-12-19", description = EFFECTIVE_DATE) LocalDate effectiveDate) {
    }

    record Link(
            @Schema(example = "5f0c1d2e-8a4b-4c3d-9e2f-1a2b3c4d5e6f", description = "Het id van een activiteit uit activity-service")
            @NotBlank @Size(max = 255) String activityId,
            @Schema(example = "2024-03-01", description = EFFECTIVE_DATE) LocalDate effectiveDate) {
    }

    record Responsibility(
            @Schema(example = "[\"SLMZ\"]") @NotEmpty @Size(max = FollowUpLimits.RESPONSIBLE_PARTIES) List<@NotBlank @Size(max = FollowUpLimits.RESPONSIBLE) String> responsible,
            @Schema(example = "Na de kabinetswissel ligt de motie bij de staatssecretaris voor Langdurige en Maatschappelijke Zorg.")
            @Size(max = TextLimits.LONG_TEXT) String explanation,
            @Schema(example = "2024-07-02", description = EFFECTIVE_DATE) LocalDate effectiveDate) {
    }

    record Merge(
            @Schema(example = "3b9e7a10-2c4d-4e5f-8a6b-7c8d9e0f1a2b", description = "Het id van de motie of toezegging waarmee deze samen wordt opgepakt")
            @NotBlank @Size(max = 255) String withId,
            @Schema(example = "Wordt geïntegreerd met bovenstaande motie opgepakt.") @Size(max = TextLimits.LONG_TEXT) String explanation,
            @Schema(example = "2024-03-01", description = EFFECTIVE_DATE) LocalDate effectiveDate) {
    }

    record TextCorrection(
            @Schema(example = "De Tweede Kamer verzoekt de regering in beeld te brengen wat er nodig is om de GREVIO-aanbeveling te implementeren en de Kamer hierover te informeren.")
            @NotBlank @Size(max = TextLimits.LONG_TEXT) String text,
            @Schema(example = "Tekst volgens het Kamerstuk hersteld.") @Size(max = TextLimits.LONG_TEXT) String explanation,
            @Schema(example = "2024-03-01", description = EFFECTIVE_DATE) LocalDate effectiveDate) {
    }

    record DueDateChange(
            @Schema(example = "eind 2025", description = "Zoals het is toegezegd; leeg als er geen termijn meer is") @Size(max = FollowUpLimits.DUE_TEXT) String dueText,
            @Schema(example = "2025-12-31", description = "Alleen nodig als de tekst geen datum noemt die we kunnen lezen") LocalDate dueDate,
            @Schema(example = "De minister heeft uitstel gemeld in het commissiedebat.") @Size(max = TextLimits.LONG_TEXT) String explanation,
            @Schema(example = "2025-05-20", description = EFFECTIVE_DATE) LocalDate effectiveDate) {
    }
}
