package nl.voortgang.testsupport;

final class JdbcUrls {

    private JdbcUrls() {
    }

    /** The same server URL with another database: {@code jdbc:postgresql://host:5432/postgres?ssl=false} to {@code .../activity?ssl=false}. */
    static String withDatabase(String jdbcUrl, String database) {
        int queryStart = jdbcUrl.indexOf('?');
        String query = queryStart < 0 ? "" : jdbcUrl.substring(queryStart);
        String withoutQuery = queryStart < 0 ? jdbcUrl : jdbcUrl.substring(0, queryStart);
        int hostStart = withoutQuery.indexOf("//");
        if (!withoutQuery.startsWith("jdbc:postgresql:") || hostStart < 0) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL of the form jdbc:postgresql://host:port/database: " + jdbcUrl);
        }
        int pathStart = withoutQuery.indexOf('/', hostStart + 2);
        String server = pathStart < 0 ? withoutQuery : withoutQuery.substring(0, pathStart);
        return server + "/" + database + query;
    }
}
