package nl.voortgang.reporting.live;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.voortgang.reporting.history.EntityType;
import nl.voortgang.reporting.web.BadRequestException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
class LiveStreamController {

    private static final Pattern PARTY_CODE = Pattern.compile("[A-Z][A-Z0-9]{1,19}");
    private static final int MAX_ENTITY_ID = 64;

    private final LiveStream stream;

    LiveStreamController(LiveStream stream) {
        this.stream = stream;
    }

    @Operation(summary = "Every applied change, live, resumable with Last-Event-ID", description = """
            Server-sent events. `event: change` carries one applied event as one line of JSON, with \
            `id: <generation>-<position>`. `event: reset` (data: position, generation, reason) means the read \
            models were rebuilt: reload, then the stream continues from that position. `: keep-alive` comments \
            arrive every 15 s. With a Last-Event-ID of the current generation the stream replays every matching \
            change after it, in order and once, then continues live; an id of another generation gets a reset \
            first. See docs/adr/0011-the-live-stream.md.""")
    @ApiResponse(responseCode = "200", description = "The stream", content = @Content(mediaType = "text/event-stream"))
    @ApiResponse(responseCode = "400", description = "A filter value that cannot be used",
            content = @Content(mediaType = "application/problem+json"))
    @GetMapping(value = "/api/events/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(
            @Parameter(description = "Only changes to activities of this action line") @RequestParam(required = false)
            Integer actionLine,
            @Parameter(description = "Only changes concerning this ministry or bewindspersoon code, e.g. OCW or SOCW")
            @RequestParam(required = false) String responsible,
            @Parameter(schema = @Schema(allowableValues = {"ACTIVITY", "MOTIE", "TOEZEGGING"}))
            @RequestParam(required = false) String entityType,
            @Parameter(description = "Only changes to this entity") @RequestParam(required = false) String entityId,
            @Parameter(in = ParameterIn.HEADER, description = "The id of the last message received: <generation>-<position>")
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
        ChangeFilter filter = new ChangeFilter(actionLine(actionLine), responsible(responsible), entityType(entityType),
                entityId(entityId));
        return stream.open(filter, lastEventId == null || lastEventId.isBlank() ? null : lastEventId.trim());
    }

    private static Integer actionLine(Integer actionLine) {
        if (actionLine != null && actionLine < 1) {
            throw new BadRequestException("Parameter 'actionLine' has value '" + actionLine
                    + "'; action lines are numbered from 1.");
        }
        return actionLine;
    }

    private static String responsible(String responsible) {
        if (responsible == null || responsible.isBlank()) {
            return null;
        }
        String code = responsible.trim().toUpperCase(Locale.ROOT);
        if (!PARTY_CODE.matcher(code).matches()) {
            throw new BadRequestException("Parameter 'responsible' has value '" + responsible
                    + "'; give one ministry or bewindspersoon code, such as OCW or SOCW.");
        }
        return code;
    }

    private static EntityType entityType(String entityType) {
        if (entityType == null || entityType.isBlank()) {
            return null;
        }
        try {
            return EntityType.valueOf(entityType.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Parameter 'entityType' has value '" + entityType + "'; use one of "
                    + Arrays.toString(EntityType.values()) + ".");
        }
    }

    private static String entityId(String entityId) {
        if (entityId == null || entityId.isBlank()) {
            return null;
        }
        if (entityId.trim().length() > MAX_ENTITY_ID) {
            throw new BadRequestException("Parameter 'entityId' is longer than " + MAX_ENTITY_ID
                    + " characters; give the id of one activity, motie or toezegging.");
        }
        return entityId.trim();
    }
}
