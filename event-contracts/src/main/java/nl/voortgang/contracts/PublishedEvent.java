package nl.voortgang.contracts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The logical name and schema revision of an event record, declared on the record itself. The
 * name is what Kafka headers and the event stores carry, never the Java class name, so a record
 * can be renamed or moved; a stored name never changes, a changed schema gets a new revision.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PublishedEvent {

    String name();

    int revision();
}
