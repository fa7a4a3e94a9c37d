package io.github.egovsdk.spring.compat;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** An application with nothing but the starter and Actuator, configured by properties. */
@SpringBootApplication
public class CompatApplication {}
