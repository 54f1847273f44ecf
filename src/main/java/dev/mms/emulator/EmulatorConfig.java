package dev.mms.emulator;

import java.nio.file.Path;
import java.time.Clock;

/**
 * How to run the emulator: where to listen, where to keep state, which catalog, how fast jobs progress, the one
 * access key it accepts, and the clock it judges time by (tests pass a fixed or stepping clock).
 *
 * @param port 0 picks a free port
 * @param stateFile null keeps state in memory only
 * @param catalogFile null uses the built-in catalog
 * @param speed 1.0 is realistic-ish (a 10-task job takes about 17 s); larger is faster
 */
public record EmulatorConfig(String host, int port, Path stateFile, Path catalogFile, double speed,
                             String accessKeyId, String accessKeySecret, Clock clock) {

    /** The well-known key of the local profile. */
    public static final String DEFAULT_ACCESS_KEY_ID = "mms-local";
    public static final String DEFAULT_ACCESS_KEY_SECRET = "mms-local-secret";
    public static final int DEFAULT_PORT = 18086;

    public EmulatorConfig {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be a positive number, got " + speed);
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535, got " + port);
        }
        if (accessKeyId == null || accessKeyId.isBlank() || accessKeySecret == null || accessKeySecret.isBlank()) {
            throw new IllegalArgumentException("the emulator needs an access key id and secret");
        }
        host = host == null ? "127.0.0.1" : host;
        clock = clock == null ? Clock.systemDefaultZone() : clock;
    }

    /** 127.0.0.1:18086, memory only, built-in catalog, speed 1, the default key, the system clock. */
    public static EmulatorConfig defaults() {
        return new EmulatorConfig("127.0.0.1", DEFAULT_PORT, null, null, 1.0, DEFAULT_ACCESS_KEY_ID,
                DEFAULT_ACCESS_KEY_SECRET, Clock.systemDefaultZone());
    }

    public EmulatorConfig withHost(String value) {
        return new EmulatorConfig(value, port, stateFile, catalogFile, speed, accessKeyId, accessKeySecret, clock);
    }

    public EmulatorConfig withPort(int value) {
        return new EmulatorConfig(host, value, stateFile, catalogFile, speed, accessKeyId, accessKeySecret, clock);
    }

    public EmulatorConfig withStateFile(Path value) {
        return new EmulatorConfig(host, port, value, catalogFile, speed, accessKeyId, accessKeySecret, clock);
    }

    public EmulatorConfig withCatalogFile(Path value) {
        return new EmulatorConfig(host, port, stateFile, value, speed, accessKeyId, accessKeySecret, clock);
    }

    public EmulatorConfig withSpeed(double value) {
        return new EmulatorConfig(host, port, stateFile, catalogFile, value, accessKeyId, accessKeySecret, clock);
    }

    public EmulatorConfig withAccessKey(String id, String secret) {
        return new EmulatorConfig(host, port, stateFile, catalogFile, speed, id, secret, clock);
    }

    public EmulatorConfig withClock(Clock value) {
        return new EmulatorConfig(host, port, stateFile, catalogFile, speed, accessKeyId, accessKeySecret, value);
    }

    /** Never shows the secret. */
    @Override
    public String toString() {
        return "EmulatorConfig[host=" + host + ", port=" + port + ", stateFile=" + stateFile + ", catalogFile="
                + catalogFile + ", speed=" + speed + ", accessKeyId=" + accessKeyId + ", accessKeySecret=***]";
    }
}
