/** The steps of {@code egov demo}, run against the embedded sandbox; not API, may change in any release. */
package io.github.egovsdk.cli.demo;
