package nl.voortgang.infra;

import java.nio.file.Path;

public final class BrokerOwnerMain {

    static final String READY = "broker ready";

    private BrokerOwnerMain() {
    }

    public static void main(String[] args) throws Exception {
        new KafkaBrokerProcess().start(Path.of(args[0]), 0, 0);
        System.out.println(READY);
        System.out.flush();
        new java.util.concurrent.CountDownLatch(1).await();
    }
}
