/**
 * The payload records of the authz subdomain (upstream {@code openedx_events.authz.data}).
 *
 * <p>Each record is an immutable value: collections are copied into unmodifiable ones and date-times are truncated to
 * microseconds. Components are named in camelCase; where that differs from the upstream (wire) name,
 * {@code @JsonbProperty} carries the upstream name (with {@code @JsonbNillable} when it may be null, so that JSON-B
 * writes it as null instead of leaving it out). Required components are {@code @NotNull} or primitive, components that
 * upstream defaults to {@code None} are nullable, and each record with defaults has a second constructor taking only
 * the required components. Upstream inheritance is flattened: a record repeats the components of its upstream base
 * classes first.
 *
 * <p>Generated from the upstream catalog by {@code tools/catalog/generate.py}.
 */
package org.openedx.events.authz.data;
