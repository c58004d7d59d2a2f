package com.example.enrollment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class EnrollmentAppTest {

    @Test
    void mainEnrollsALearnerThroughBothObservers() {
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            EnrollmentApp.main(new String[0]);
        } finally {
            System.setOut(console);
        }

        String output = printed.toString(StandardCharsets.UTF_8);
        assertTrue(output.matches("(?s)sent [0-9a-f-]{36} to 2 observers\n.*"), output);
        assertTrue(output.contains("Welcome to course-v1:edX+DemoX+Demo_Course, user 42"), output);
        assertTrue(output.contains("\"specversion\":\"1.0\""), output);
    }
}
