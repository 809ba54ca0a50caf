package nl.voortgang.reporting.live;

import nl.voortgang.reporting.history.EntityType;

/** Which changes a client follows; null follows all. responsible matches any party the change concerns. */
record ChangeFilter(Integer actionLine, String responsible, EntityType entityType, String entityId) {
}
