package io.github.egovsdk.compat.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A vendor's Spring Boot application embedding the SDK (the one-stop office software of a province). */
@SpringBootApplication
public class VendorApp {
    public static void main(String[] args) {
        SpringApplication.run(VendorApp.class, args);
    }
}
