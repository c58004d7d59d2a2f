package com.example.welcome;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST endpoints, under {@code /welcome/api}. */
@ApplicationPath("api")
public class WelcomeApplication extends Application {}
