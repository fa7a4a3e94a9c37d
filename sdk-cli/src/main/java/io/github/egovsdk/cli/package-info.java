/**
 * The {@code egov} command line (picocli): identifiers and cards, working calendar, edXML, signing and verification,
 * civil status, health insurance, the sandbox and the demo. Entry point {@link io.github.egovsdk.cli.EgovCli}.
 */
package io.github.egovsdk.cli;
