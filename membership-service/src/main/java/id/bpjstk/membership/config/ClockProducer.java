package id.bpjstk.membership.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

public class ClockProducer {

    /** The wall clock in the programme's zone (Asia/Jakarta unless configured). */
    @Produces
    @Singleton
    Clock clock(MembershipConfig config) {
        return Clock.system(config.zone());
    }
}
