package id.bpjstk.claims.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

public class ClockProducer {

    /**
     * The wall clock in the programme's zone (Asia/Jakarta unless configured); started at
     * {@code claims.pinned-clock-start} when that is set, and running on from there.
     */
    @Produces
    @Singleton
    Clock clock(ClaimsConfig config) {
        Clock system = Clock.system(config.zone());
        return config.pinnedClockStart()
                .map(start -> Clock.offset(system, Duration.between(system.instant(), start.toInstant())))
                .orElse(system);
    }
}
