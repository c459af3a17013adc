package dev.tandem.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the modules' scheduled work (e.g. picking up list versions another node imported). */
@Configuration
@EnableScheduling
class SchedulingConfiguration {
}
