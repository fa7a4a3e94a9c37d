package io.github.egovsdk.cli;

import picocli.CommandLine;

/** {@code egov --version}: the SDK version and Java version. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {io.github.egovsdk.core.internal.SdkVersion.userAgent(null)};
    }
}
