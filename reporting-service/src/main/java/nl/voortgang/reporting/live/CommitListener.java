package nl.voortgang.reporting.live;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Listens, on one connection of its own per instance, for the signal every committed batch and
 * every rebuild switch send, and wakes the live stream. Whichever instance consumed the batch,
 * every instance hears it. After a lost connection it listens again and wakes the stream once,
 * since a signal may have been missed while it was away; the stream reads from its positions,
 * so an extra wake costs one query and loses nothing.
 */
@Component
class CommitListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CommitListener.class);
    private static final int WAIT_MILLIS = 500;
    private static final Duration RECONNECT_PAUSE = Duration.ofSeconds(1);

    private final DataSource dataSource;
    private final LiveStream stream;
    private final String liveSchema;
    private volatile Thread listener;

    CommitListener(DataSource dataSource, LiveStream stream, @Value("${spring.flyway.schemas}") String liveSchema) {
        this.dataSource = dataSource;
        this.stream = stream;
        this.liveSchema = liveSchema;
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::listen, "live-stream-listener");
        thread.setDaemon(true);
        listener = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread thread = listener;
        listener = null;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return listener != null;
    }

    private void listen() {
        boolean failing = false;
        while (listener == Thread.currentThread()) {
            try (Connection connection = connect()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + ChangeSignal.CHANNEL);
                }
                if (failing) {
                    log.info("live stream listens for committed changes again");
                    failing = false;
                }
                stream.wakeAll();
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (listener == Thread.currentThread()) {
                    PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                    if (notifications != null && concernsLiveSchema(notifications)) {
                        stream.wakeAll();
                    }
                }
            } catch (SQLException e) {
                if (!failing) {
                    log.warn("live stream lost its listening connection; it retries every {}: {}", RECONNECT_PAUSE,
                            e.toString());
                    failing = true;
                }
                if (!pauseBeforeReconnect()) {
                    return;
                }
            }
        }
    }

    private boolean concernsLiveSchema(PGNotification[] notifications) {
        for (PGNotification notification : notifications) {
            if (liveSchema.equals(notification.getParameter())) {
                return true;
            }
        }
        return false;
    }

    /** A connection outside the pool: it is held for as long as the instance runs. */
    private Connection connect() throws SQLException {
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
            return DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
        }
        return dataSource.getConnection();
    }

    private boolean pauseBeforeReconnect() {
        try {
            Thread.sleep(RECONNECT_PAUSE);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
