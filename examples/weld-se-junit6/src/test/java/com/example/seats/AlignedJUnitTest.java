package com.example.seats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit on the test class path is this project's JUnit 6 alone, every jar at one version: the test support brought
 * none of its own.
 */
class AlignedJUnitTest {

    @Test
    void everyJUnitJarIsThisProjectsJUnit6() throws ClassNotFoundException {
        String api = Test.class.getPackage().getImplementationVersion();
        Class<?> engine = Class.forName("org.junit.jupiter.engine.JupiterTestEngine");

        assertTrue(api.startsWith("6."), "junit-jupiter-api " + api);
        assertEquals(api, engine.getPackage().getImplementationVersion(), "junit-jupiter-engine");
        assertEquals(api, AnnotationSupport.class.getPackage().getImplementationVersion(), "junit-platform-commons");
    }
}
