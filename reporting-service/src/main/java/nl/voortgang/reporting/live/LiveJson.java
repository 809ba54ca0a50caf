package nl.voortgang.reporting.live;

import tools.jackson.databind.json.JsonMapper;

/** The JSON of the live feed: the changes column and each message's one-line data. */
final class LiveJson {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private LiveJson() {
    }
}
