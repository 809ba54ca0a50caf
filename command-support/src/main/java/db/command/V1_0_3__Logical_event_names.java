package db.command;

import java.sql.PreparedStatement;
import nl.voortgang.contracts.EventCatalogue;
import nl.voortgang.contracts.EventType;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Events stored before this migration carry their Java class name in {@code payload_type} and no
 * revision. Rename each to the logical name and revision the catalogue declares for that class,
 * so that moving or renaming a record class can never make stored events unreadable. Written in
 * Java because the mapping is the catalogue itself, not a copy of it.
 */
public class V1_0_3__Logical_event_names extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (PreparedStatement rename = context.getConnection().prepareStatement("""
                UPDATE domain_event_entry SET payload_type = ?, payload_revision = ?
                WHERE payload_type = ?""")) {
            for (EventType type : EventCatalogue.all()) {
                rename.setString(1, type.name());
                rename.setString(2, Integer.toString(type.revision()));
                rename.setString(3, type.javaType().getName());
                rename.addBatch();
            }
            rename.executeBatch();
        }
    }
}
