package nl.voortgang.command.actor;

class ConfiguredActorProvider implements ActorProvider {

    private final String actor;

    ConfiguredActorProvider(String actor) {
        this.actor = actor;
    }

    @Override
    public String currentActor() {
        return actor;
    }
}
