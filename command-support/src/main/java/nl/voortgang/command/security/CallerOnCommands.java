package nl.voortgang.command.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import nl.voortgang.security.Caller;
import nl.voortgang.security.Ministries;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;

/**
 * Every command sent while a request with a verified token is handled carries its caller: an editor's command for an
 * item of another ministry is refused here, before it reaches the aggregate, and the caller's display name goes into
 * the command's metadata, from where {@link ActorNameCorrelation} copies it onto every event the command causes.
 * Commands without a caller (the import channel, the overdue scheduler) pass: the filter chain already decided
 * who may send them. Registrations are for programme-admin, which the filter chain checks by path.
 */
public final class CallerOnCommands implements MessageDispatchInterceptor<CommandMessage<?>> {

    public static final String ACTOR_NAME = "actor-name";

    private final ResponsibleParties responsible;
    private final Ministries ministries;
    private final CommandTargetResolver targets = AnnotationCommandTargetResolver.builder().build();

    public CallerOnCommands(ResponsibleParties responsible, Ministries ministries) {
        this.responsible = responsible;
        this.ministries = ministries;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Optional<Caller> caller = Caller.current();
            if (caller.isEmpty()) {
                return command;
            }
            if (!caller.get().isProgrammeAdmin()) {
                target(command).ifPresent(id -> responsible.of(id).ifPresent(parties -> {
                    Set<String> owners = ministries.of(parties);
                    if (!caller.get().mayChangeWhatBelongsTo(owners)) {
                        throw new NotResponsibleException(id, owners, caller.get().parties());
                    }
                }));
            }
            return command.andMetaData(Map.of(ACTOR_NAME, caller.get().displayName()));
        };
    }

    private Optional<String> target(CommandMessage<?> command) {
        try {
            return Optional.of(targets.resolveTarget(command).getIdentifier());
        } catch (IllegalArgumentException noTarget) {
            return Optional.empty();
        }
    }
}
