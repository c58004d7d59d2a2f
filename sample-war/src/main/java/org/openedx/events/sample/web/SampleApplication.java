package org.openedx.events.sample.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The Jakarta REST application: every resource of this package, under {@code /sample/api}. */
@ApplicationPath("api")
public class SampleApplication extends Application {}
