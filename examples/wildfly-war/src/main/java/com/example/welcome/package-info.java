/** A web application that sends and observes an Open edX event on WildFly or Payara Server. */
package com.example.welcome;
